package org.oas.migration.programs.activity.domain;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.migration.platform.text.Identifier;
import org.oas.migration.platform.text.LanguageMap;

/**
 * An activity as its reporting organization describes it: what the domain writes, compares ("the same body twice")
 * and stores as the activity's body. The wire input ({@code rest.ActivityInput}) maps onto it; the nested parts
 * are shared with it and carry their own constraints.
 */
public record Activity(
        String externalId,
        String reportingOrganization,
        String program,
        Map<String, String> title,
        Map<String, String> description,
        ActivityStatus status,
        List<Participation> participatingOrganizations,
        String plannedStart,
        String plannedEnd,
        String actualStart,
        String actualEnd,
        List<String> recipientCountries,
        Map<String, String> geographicCoverage,
        Beneficiaries beneficiaries,
        List<Theme> themes,
        List<DocumentLink> documents,
        List<Contact> contacts,
        List<MandateRef> mandates,
        List<Identifier> identifiers,
        OffsetDateTime sourceUpdatedAt) {

    /** The most participating organizations an activity lists (ActivityInput keeps it). */
    public static final int PARTICIPANTS_MAX = 100;

    @Schema(name = "ActivityParticipationInput")
    public record Participation(@NotBlank @Size(max = 64) @Schema(example = "eclac") String organization, @NotNull ParticipationRole role) {
    }

    @Schema(name = "Beneficiaries", description = "A number when known, a description always (\"No accurate data yet\" is valid).")
    public record Beneficiaries(@PositiveOrZero @Schema(example = "1200") Long count,
                                @NotEmpty @LanguageMap(maxLength = 2000) @Schema(example = "{\"en\": \"No accurate data yet\"}")
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

        /** The contact as everyone may see it: name and role, no e-mail or phone. */
        public Contact withoutPersonalData() {
            return new Contact(name, role, null, null);
        }
    }

    @Schema(name = "MandateInput", description = "The resolution (and operative paragraph, as numbered) that mandates the work.")
    public record MandateRef(@NotBlank @Size(max = 100) @Schema(example = "AG/RES. 2248 (XXXVI-O/06)") String resolution,
                             @Size(max = 20) @Schema(example = "3") String paragraph) {
    }

    public static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** The same activity with its documents and mandates spelt as the other contexts spell them. */
    Activity withReferences(List<DocumentLink> canonicalDocuments, List<MandateRef> canonicalMandates) {
        return new Activity(externalId, reportingOrganization, program, title, description, status, participatingOrganizations,
                plannedStart, plannedEnd, actualStart, actualEnd, recipientCountries, geographicCoverage, beneficiaries, themes,
                canonicalDocuments, contacts, canonicalMandates, identifiers, sourceUpdatedAt);
    }
}
