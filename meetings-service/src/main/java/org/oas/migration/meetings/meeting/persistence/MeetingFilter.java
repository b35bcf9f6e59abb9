package org.oas.migration.meetings.meeting.persistence;

import org.oas.migration.meetings.support.persistence.DatedFilter;
import org.oas.migration.platform.text.Identifier;

/** A meeting list's filters, already normalised (stored values and symbol keys); null filters nothing. */
public record MeetingFilter(DatedFilter dated, String bodyCode, String kind, String status, String country, String organizationCode,
                            String documentKey, String convenedByKey, Identifier identifier) {
}
