package org.oas.migration.meetings.document.persistence;

import java.util.UUID;
import org.oas.migration.meetings.support.persistence.DatedFilter;

/** A document list's filters, already normalised (stored values and symbol keys); null filters nothing. */
public record DocumentFilter(DatedFilter dated, String series, String kind, String symbolKey, UUID meetingId) {
}
