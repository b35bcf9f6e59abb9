package org.oas.migration.meetings.meeting.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.oas.migration.platform.text.Identifier;

/** A meeting as an admin writes it; references (people, organizations, documents, resolution) are checked here. */
public record MeetingCommand(List<Identifier> identifiers, String bodyCode, MeetingKind kind, Map<String, String> title,
                             LocalDate startDate, LocalDate endDate, Venue venue, MeetingStatus status, String convenedBy,
                             String requestedByCode, List<AgendaItem> agenda, List<Attendance> participants,
                             List<Map<String, String>> decisions, List<String> documents, String minutes) {

    public MeetingCommand {
        identifiers = orEmpty(identifiers);
        agenda = orEmpty(agenda);
        participants = orEmpty(participants);
        decisions = orEmpty(decisions);
        documents = orEmpty(documents);
    }

    public record Venue(String city, String country) {
    }

    public record AgendaItem(String number, Map<String, String> title, List<Attendance> presenters,
                             List<Map<String, String>> topics, List<String> documents) {

        public AgendaItem {
            presenters = orEmpty(presenters);
            topics = orEmpty(topics);
            documents = orEmpty(documents);
        }
    }

    /** A person (id or scheme:value), for an organization (code), in a role as stated at the meeting. */
    public record Attendance(String person, String organizationCode, Map<String, String> role) {
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
