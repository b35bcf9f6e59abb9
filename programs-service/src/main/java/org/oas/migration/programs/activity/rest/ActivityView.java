package org.oas.migration.programs.activity.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.migration.platform.text.Identifier;
import org.oas.migration.programs.activity.domain.ActivityStatus;
import org.oas.migration.programs.activity.domain.ParticipationRole;
import org.oas.migration.programs.activity.domain.Theme;
import org.oas.migration.programs.directory.domain.OrganizationRef;

/** An activity as GET, lists and events show it: the partner's fields with references expanded. */
@Schema(name = "Activity")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActivityView(
        UUID id,
        String externalId,
        OrganizationRef reportingOrganization,
        @Schema(example = "oas-didh-migrant-workers") String program,
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
        ActivityInput.Beneficiaries beneficiaries,
        List<Theme> themes,
        List<Document> documents,
        List<ActivityInput.Contact> contacts,
        List<Mandate> mandates,
        List<Identifier> identifiers,
        OffsetDateTime sourceUpdatedAt,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    @Schema(name = "ActivityParticipation")
    public record Participation(OrganizationRef organization, ParticipationRole role) {
    }

    @Schema(name = "ActivityDocument", description = "A document of meetings-service (symbol, id) or a web page (url).")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Document(String symbol, UUID id, String url, Map<String, String> title) {
    }

    @Schema(name = "ActivityMandate", description = "The mandating resolution and, when named, its operative paragraph (ids from meetings-service).")
    public record Mandate(@Schema(example = "AG/RES. 2248 (XXXVI-O/06)") String resolution, UUID resolutionId,
                          @Schema(example = "3") String paragraph, UUID paragraphId) {
    }
}
