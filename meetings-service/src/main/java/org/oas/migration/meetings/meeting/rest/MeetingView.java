package org.oas.migration.meetings.meeting.rest;

import org.oas.migration.meetings.support.persistence.Listed;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.migration.meetings.directory.domain.OrganizationRef;
import org.oas.migration.meetings.directory.domain.PersonRef;
import org.oas.migration.meetings.meeting.domain.MeetingKind;
import org.oas.migration.meetings.meeting.domain.MeetingStatus;
import org.oas.migration.meetings.meeting.persistence.StoredMeeting;
import org.oas.migration.platform.text.Identifier;

@Schema(name = "Meeting", description = "A meeting: its agenda with presenters, participants, decisions and documents.")
public record MeetingView(
        UUID id,
        OrganizationRef body,
        MeetingKind kind,
        Map<String, String> title,
        LocalDate startDate,
        LocalDate endDate,
        StoredMeeting.Venue venue,
        MeetingStatus status,
        @Schema(example = "AG/RES. 2248 (XXXVI-O/06)", maxLength = 100) String convenedBy,
        OrganizationRef requestedBy,
        @Schema(maxItems = 100) List<AgendaItem> agenda,
        @Schema(maxItems = 500) List<Attendance> participants,
        @Schema(maxItems = 100) List<Map<String, String>> decisions,
        @Schema(maxItems = 200) List<@Size(max = 100) String> documents,
        @Schema(maxLength = 100) String minutes,
        @Schema(maxItems = 20) List<Identifier> identifiers,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "With q: the best matching fragment", maxLength = Listed.MATCH_MAX) String match) {

    @Schema(name = "AgendaItem")
    public record AgendaItem(@Schema(example = "4", maxLength = 20) String number, Map<String, String> title,
                             @Schema(maxItems = 50) List<Attendance> presenters,
                             @Schema(maxItems = 50) List<Map<String, String>> topics,
                             @Schema(maxItems = 50) List<@Size(max = 100) String> documents) {
    }

    @Schema(name = "Attendance", description = "A person at a meeting, with the organization and role as stated at that meeting.")
    public record Attendance(PersonRef person, OrganizationRef organization, Map<String, String> role) {
    }
}
