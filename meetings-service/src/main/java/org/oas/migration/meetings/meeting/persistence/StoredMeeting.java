package org.oas.migration.meetings.meeting.persistence;

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

    public record Venue(String city, String country) {
    }
}
