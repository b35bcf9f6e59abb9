package org.oas.migration.meetings.meeting.persistence;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.migration.platform.text.Codes;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The stored shape of a meeting's parts: references by id (names are looked up when shown). */
public final class StoredMeeting {

    private StoredMeeting() {
    }

    public record Attendance(UUID personId, UUID organizationId, String organizationCode, Map<String, String> role) {
    }

    public record AgendaItem(String number, Map<String, String> title, List<Attendance> presenters,
                             List<Map<String, String>> topics, List<DocumentRef> documents) {
    }

    public record DocumentRef(String symbol, String key) {
    }

    public record Venue(@Schema(maxLength = 200) String city, @Schema(maxLength = Codes.COUNTRY_LENGTH, pattern = Codes.COUNTRY, example = "US") String country) {
    }
}
