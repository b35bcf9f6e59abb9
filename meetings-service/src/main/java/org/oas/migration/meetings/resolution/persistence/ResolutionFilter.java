package org.oas.migration.meetings.resolution.persistence;

import org.oas.migration.meetings.support.persistence.DatedFilter;

/** A resolution list's filters, already normalised (stored values and symbol keys); null filters nothing. */
public record ResolutionFilter(DatedFilter dated, String bodyCode, String status, String series, String sponsor, String addresseeCode,
                               String citedKey, String symbolKey) {

    /** The resolutions citing the one with this symbol (or draft) key. */
    public static ResolutionFilter citing(String key) {
        return new ResolutionFilter(DatedFilter.unfiltered(), null, null, null, null, null, key, null);
    }
}
