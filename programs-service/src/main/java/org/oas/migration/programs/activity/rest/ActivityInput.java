package org.oas.migration.programs.activity.rest;

import org.oas.migration.platform.text.Codes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.migration.platform.text.Identifier;
import org.oas.migration.platform.text.CountryCode;
import org.oas.migration.platform.text.LanguageMap;
import org.oas.migration.programs.activity.domain.Activity;
import org.oas.migration.programs.activity.domain.ActivityStatus;
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
        @NotEmpty @LanguageMap(maxLength = 1000) @Schema(example = "{\"en\": \"Health and migration at El Amatillo\"}") Map<String, String> title,
        @LanguageMap Map<String, String> description,
        @NotNull ActivityStatus status,
        @Size(max = Activity.PARTICIPANTS_MAX) List<Activity.@NotNull @Valid Participation> participatingOrganizations,
        @Size(max = 10) @Pattern(regexp = PartialDate.PATTERN, message = DATE_MESSAGE) @Schema(example = "2008-01") String plannedStart,
        @Size(max = 10) @Pattern(regexp = PartialDate.PATTERN, message = DATE_MESSAGE) @Schema(example = "2008-12") String plannedEnd,
        @Size(max = 10) @Pattern(regexp = PartialDate.PATTERN, message = DATE_MESSAGE) @Schema(example = "2008-01-15") String actualStart,
        @Size(max = 10) @Pattern(regexp = PartialDate.PATTERN, message = DATE_MESSAGE) String actualEnd,
        @Size(max = 60) List<@NotNull @CountryCode @Size(max = Codes.COUNTRY_LENGTH) String> recipientCountries,
        @LanguageMap(maxLength = 2000) @Schema(example = "{\"en\": \"El Amatillo border crossing between Honduras and El Salvador\"}")
        Map<String, String> geographicCoverage,
        @Valid Activity.Beneficiaries beneficiaries,
        @Size(max = Theme.COUNT) List<@NotNull Theme> themes,
        @Size(max = 100) List<Activity.@NotNull @Valid DocumentLink> documents,
        @Size(max = 50) List<Activity.@NotNull @Valid Contact> contacts,
        @Size(max = 100) List<Activity.@NotNull @Valid MandateRef> mandates,
        @Size(max = 20) List<@NotNull @Valid Identifier> identifiers,
        @Schema(description = "When the partner last changed it, as the partner declares") OffsetDateTime sourceUpdatedAt) {

    static final String DATE_MESSAGE = "must be an ISO 8601 date at year, month or day precision (2008, 2008-01 or 2008-01-15)";

    /** The domain's activity: identifiers and the programme code trimmed (as the natural key is compared). */
    public Activity toActivity() {
        return new Activity(externalId.trim(), reportingOrganization.trim(), program == null ? null : program.trim(), title, description,
                status, participatingOrganizations, plannedStart, plannedEnd, actualStart, actualEnd, recipientCountries,
                geographicCoverage, beneficiaries, themes, documents, contacts, mandates, identifiers, sourceUpdatedAt);
    }

    /** The stored activity as a write body (what a merge patch starts from). */
    public static ActivityInput of(Activity a) {
        return new ActivityInput(a.externalId(), a.reportingOrganization(), a.program(), a.title(), a.description(), a.status(),
                a.participatingOrganizations(), a.plannedStart(), a.plannedEnd(), a.actualStart(), a.actualEnd(), a.recipientCountries(),
                a.geographicCoverage(), a.beneficiaries(), a.themes(), a.documents(), a.contacts(), a.mandates(), a.identifiers(),
                a.sourceUpdatedAt());
    }
}
