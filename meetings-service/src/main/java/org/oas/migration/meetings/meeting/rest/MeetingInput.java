package org.oas.migration.meetings.meeting.rest;

import org.oas.migration.platform.text.Codes;
import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.migration.meetings.meeting.domain.MeetingKind;
import org.oas.migration.meetings.meeting.domain.MeetingStatus;
import org.oas.migration.platform.text.Identifier;
import org.oas.migration.platform.text.CountryCode;
import org.oas.migration.platform.text.LanguageMap;

@Schema(name = "MeetingInput", description = "A meeting as written by an admin.")
public record MeetingInput(
        @Size(max = 20) List<@Valid Identifier> identifiers,
        @NotBlank @Size(max = 64) @Schema(description = "Convening body (organization code)", example = "oas-pc") String bodyCode,
        @NotNull @Schema(example = "special") MeetingKind kind,
        @NotEmpty @LanguageMap(maxLength = 1000)
        @Schema(example = "{\"en\": \"Special meeting on migrant populations and migration flows in the Americas\"}") Map<String, String> title,
        @NotNull @Schema(example = "2007-05-02") LocalDate startDate,
        @Schema(example = "2007-05-02") LocalDate endDate,
        @Valid VenueInput venue,
        @NotNull @Schema(example = "held") MeetingStatus status,
        @Size(max = 100) @Schema(description = "Symbol of the convening resolution", example = "AG/RES. 2248 (XXXVI-O/06)") String convenedBy,
        @Size(max = 64) @Schema(description = "Organization that requested the meeting", example = "state-bz") String requestedByCode,
        @Size(max = 100) List<@Valid AgendaItemInput> agenda,
        @Size(max = 500) List<@Valid AttendanceInput> participants,
        @Size(max = 100) List<@NotEmpty @LanguageMap Map<String, String>> decisions,
        @Size(max = 200) @Schema(description = "Symbols of the documents distributed", example = "[\"CP/OD-1592/07 rev. 1\"]") List<@NotBlank @Size(max = 100) String> documents,
        @Size(max = 100) @Schema(description = "Symbol of the minutes", example = "CP/ACTA 1592/07") String minutes) {

    @AssertTrue(message = "endDate must not be before startDate")
    @Schema(hidden = true)
    @JsonIgnore
    public boolean isPeriodOrdered() {
        return startDate == null || endDate == null || !endDate.isBefore(startDate);
    }

    public <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    @Schema(name = "VenueInput")
    public record VenueInput(@Size(max = 200) @Schema(example = "Washington, D.C.") String city,
                             @CountryCode @Schema(maxLength = Codes.COUNTRY_LENGTH, pattern = Codes.COUNTRY, example = "US") String country) {
    }

    @Schema(name = "AgendaItemInput")
    public record AgendaItemInput(
            @NotBlank @Size(max = 20) @Schema(example = "4") String number,
            @NotEmpty @LanguageMap(maxLength = 2000) Map<String, String> title,
            @Size(max = 50) List<@Valid AttendanceInput> presenters,
            @Size(max = 50) List<@NotEmpty @LanguageMap Map<String, String>> topics,
            @Size(max = 50) List<@NotBlank @Size(max = 100) String> documents) {
    }

    @Schema(name = "AttendanceInput", description = "A person at a meeting: who (id or scheme:value), for which organization, in which role as stated there.")
    public record AttendanceInput(
            @NotBlank @Size(max = 320) @Schema(example = "oas-seed:berta-fernandez") String person,
            @Size(max = 64) @Schema(example = "iom") String organizationCode,
            @LanguageMap(maxLength = 500) @Schema(example = "{\"en\": \"Program Officer, International Organization for Migration (IOM)\"}")
            Map<String, String> role) {
    }
}
