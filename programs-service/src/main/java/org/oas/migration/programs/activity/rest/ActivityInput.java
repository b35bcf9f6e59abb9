package org.oas.migration.programs.activity.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.migration.platform.text.Identifier;
import org.oas.migration.platform.text.CountryCode;
import org.oas.migration.platform.text.LanguageMap;
import org.oas.migration.programs.activity.domain.ActivityStatus;
import org.oas.migration.programs.activity.domain.ParticipationRole;
import org.oas.migration.programs.activity.domain.PartialDate;
import org.oas.migration.programs.activity.domain.Theme;

/** What a partner (or an admin) sends for one activity: PUT by external id, POST, and each line of an NDJSON import. */
@Schema(name = "ActivityInput", description = "An activity as its reporting organization describes it. References are by "
        + "organization code, document or resolution symbol and programme code; server-owned fields (id, version, times) are refused.")
public record ActivityInput(
        @NotBlank @Size(max = 200) @Schema(description = "The partner's own id, unique per reporting organization", example = "XM-DAC-47066-SV-2008-017")
        String externalId,
        @NotBlank @Size(max = 64) @Schema(description = "Organization code", example = "iom") String reportingOrganization,
        @Size(max = 100) @Schema(description = "Programme code", example = "oas-didh-migrant-workers") String program,
        @NotNull @LanguageMap(maxLength = 1000) @Schema(example = "{\"en\": \"Health and migration at El Amatillo\"}") Map<String, String> title,
        @LanguageMap Map<String, String> description,
        @NotNull ActivityStatus status,
        List<@NotNull @Valid Participation> participatingOrganizations,
        @Pattern(regexp = PartialDate.PATTERN, message = DATE_MESSAGE) @Schema(example = "2008-01") String plannedStart,
        @Pattern(regexp = PartialDate.PATTERN, message = DATE_MESSAGE) @Schema(example = "2008-12") String plannedEnd,
        @Pattern(regexp = PartialDate.PATTERN, message = DATE_MESSAGE) @Schema(example = "2008-01-15") String actualStart,
        @Pattern(regexp = PartialDate.PATTERN, message = DATE_MESSAGE) String actualEnd,
        @Size(max = 60) List<@NotNull @CountryCode String> recipientCountries,
        @LanguageMap(maxLength = 2000) @Schema(example = "{\"en\": \"El Amatillo border crossing between Honduras and El Salvador\"}")
        Map<String, String> geographicCoverage,
        @Valid Beneficiaries beneficiaries,
        List<@NotNull Theme> themes,
        @Size(max = 100) List<@NotNull @Valid DocumentLink> documents,
        @Size(max = 50) List<@NotNull @Valid Contact> contacts,
        @Size(max = 100) List<@NotNull @Valid MandateRef> mandates,
        @Size(max = 20) List<@NotNull @Valid Identifier> identifiers,
        @Schema(description = "When the partner last changed it, as the partner declares") OffsetDateTime sourceUpdatedAt) {

    static final String DATE_MESSAGE = "must be an ISO 8601 date at year, month or day precision (2008, 2008-01 or 2008-01-15)";

    @Schema(name = "ActivityParticipationInput")
    public record Participation(@NotBlank @Schema(example = "eclac") String organization, @NotNull ParticipationRole role) {
    }

    @Schema(name = "Beneficiaries", description = "A number when known, a description always (\"No accurate data yet\" is valid).")
    public record Beneficiaries(@PositiveOrZero @Schema(example = "1200") Long count,
                                @NotNull @LanguageMap(maxLength = 2000) @Schema(example = "{\"en\": \"No accurate data yet\"}")
                                Map<String, String> description) {
    }

    @Schema(name = "ActivityDocumentInput", description = "A document known to meetings-service (by symbol), or a web page (by URL).")
    public record DocumentLink(@Size(max = 100) @Schema(example = "CP/INF. 5488/07") String symbol,
                               @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String url,
                               @LanguageMap(maxLength = 500) Map<String, String> title) {
    }

    @Schema(name = "ActivityContact", description = "A contact person. E-mail and phone are personal data: only admins and the "
            + "reporting organization see them.")
    public record Contact(@NotBlank @Size(max = 200) String name, @Size(max = 200) String role,
                          @Email @Size(max = 200) String email, @Size(max = 100) String phone) {
    }

    @Schema(name = "MandateInput", description = "The resolution (and operative paragraph, as numbered) that mandates the work.")
    public record MandateRef(@NotBlank @Size(max = 100) @Schema(example = "AG/RES. 2248 (XXXVI-O/06)") String resolution,
                             @Size(max = 20) @Schema(example = "3") String paragraph) {
    }

    public <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
