package org.oas.migration.meetings.support.persistence;

import java.time.OffsetDateTime;

/** What every dated list filters by: full text (in a language), a date range and a change time. Nulls filter nothing. */
public record DatedFilter(String q, String lang, DateRange dates, OffsetDateTime updatedSince) {

    public static DatedFilter unfiltered() {
        return new DatedFilter(null, "en", new DateRange(null, null), null);
    }
}
