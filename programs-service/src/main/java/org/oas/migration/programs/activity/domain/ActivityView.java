package org.oas.migration.programs.activity.domain;

import jakarta.validation.constraints.Size;
import org.oas.migration.platform.text.Codes;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.migration.platform.text.Identifier;
import org.oas.migration.programs.activity.persistence.ContactVisibility;
import org.oas.migration.programs.directory.domain.OrganizationRef;

/**
 * An activity as GET, lists and events show it: the partner's fields with references expanded. It is built once per
 * write and stored (lists pass it through); the stored one shows contacts without personal data
 * ({@link ContactVisibility} decides who sees them in full).
 */
@Schema(name = "Activity")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActivityView(
        UUID id,
        @Schema(maxLength = 200) String externalId,
        OrganizationRef reportingOrganization,
        @Schema(maxLength = 100, example = "oas-didh-migrant-workers") String program,
        Map<String, String> title,
        Map<String, String> description,
        ActivityStatus status,
        @Schema(maxItems = Activity.PARTICIPANTS_MAX) List<Participation> participatingOrganizations,
        @Schema(maxLength = 10, pattern = "^" + PartialDate.PATTERN + "$") String plannedStart,
        @Schema(maxLength = 10, pattern = "^" + PartialDate.PATTERN + "$") String plannedEnd,
        @Schema(maxLength = 10, pattern = "^" + PartialDate.PATTERN + "$") String actualStart,
        @Schema(maxLength = 10, pattern = "^" + PartialDate.PATTERN + "$") String actualEnd,
        @Schema(maxItems = 60) List<@Size(max = Codes.COUNTRY_LENGTH) String> recipientCountries,
        Map<String, String> geographicCoverage,
        Activity.Beneficiaries beneficiaries,
        @Schema(maxItems = Theme.COUNT) List<Theme> themes,
        @Schema(maxItems = 100) List<Document> documents,
        @Schema(maxItems = 50) List<Activity.Contact> contacts,
        @Schema(maxItems = 100) List<Mandate> mandates,
        @Schema(maxItems = 20) List<Identifier> identifiers,
        OffsetDateTime sourceUpdatedAt,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /** The public view of {@code in} at {@code version}: references expanded, contacts without e-mail or phone. */
    static ActivityView of(UUID id, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt, Activity in,
                           ActivityReferences.Resolved refs) {
        List<Activity.Contact> contacts = in.contacts() == null ? null
                : in.contacts().stream().map(Activity.Contact::withoutPersonalData).toList();
        return new ActivityView(id, in.externalId(), refs.reporting(), in.program(), in.title(), in.description(), in.status(),
                in.participatingOrganizations() == null ? null : refs.participants(),
                in.plannedStart(), in.plannedEnd(), in.actualStart(), in.actualEnd(), in.recipientCountries(), in.geographicCoverage(),
                in.beneficiaries(), in.themes(), in.documents() == null ? null : refs.documents(), contacts,
                in.mandates() == null ? null : refs.mandates(), in.identifiers(), in.sourceUpdatedAt(), version, createdAt, updatedAt);
    }

    /** This view with other contacts (the full ones, for a reader allowed to see them). */
    /** This view as a reader sees it: with the stored contacts in full where {@code reader} allows, else as it is. */
    public ActivityView seenBy(ContactVisibility reader, Activity stored) {
        return reader.showsInFull(reportingOrganization().code()) ? withContacts(stored.contacts()) : this;
    }

    ActivityView withContacts(List<Activity.Contact> shown) {
        return new ActivityView(id, externalId, reportingOrganization, program, title, description, status, participatingOrganizations,
                plannedStart, plannedEnd, actualStart, actualEnd, recipientCountries, geographicCoverage, beneficiaries, themes, documents,
                shown, mandates, identifiers, sourceUpdatedAt, version, createdAt, updatedAt);
    }

    @Schema(name = "ActivityParticipation")
    public record Participation(OrganizationRef organization, ParticipationRole role) {
    }

    @Schema(name = "ActivityDocument", description = "A document of meetings-service (symbol, id) or a web page (url).")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Document(@Schema(maxLength = 100) String symbol, UUID id,
                           @Schema(maxLength = 2000, pattern = "^https?://\\S+$") String url, Map<String, String> title) {
    }

    @Schema(name = "ActivityMandate", description = "The mandating resolution and, when named, its operative paragraph (ids from meetings-service).")
    public record Mandate(@Schema(maxLength = 100, example = "AG/RES. 2248 (XXXVI-O/06)") String resolution, UUID resolutionId,
                          @Schema(maxLength = 20, example = "3") String paragraph, UUID paragraphId) {
    }
}
