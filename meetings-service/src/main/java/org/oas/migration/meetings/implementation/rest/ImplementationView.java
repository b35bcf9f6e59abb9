package org.oas.migration.meetings.implementation.rest;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** For one resolution: per operative paragraph, the activities programs-service reports as implementing it. */
@Schema(name = "ResolutionImplementation",
        description = "Activities (from programs-service) that name this resolution as their mandate, per operative paragraph.")
public record ImplementationView(
        UUID resolutionId,
        @Schema(maxLength = 100, example = "AG/RES. 2248 (XXXVI-O/06)") String symbol,
        @Schema(maxItems = 200) List<ParagraphActivities> paragraphs,
        @Schema(description = "Activities citing the resolution as a whole, without naming a paragraph") List<ImplementingActivity> wholeResolution) {

    @Schema(name = "ParagraphActivities")
    public record ParagraphActivities(UUID paragraphId, @Schema(maxLength = 20, pattern = "^[0-9]{1,3}[a-z]{0,6}$", example = "3") String number, Map<String, String> text,
                                      List<ImplementingActivity> activities) {
    }

    @Schema(name = "ImplementingActivity", description = "An activity as programs-service last published it.")
    public record ImplementingActivity(UUID id,
                                       @Schema(implementation = Object.class, example = "{\"en\": \"Course on the human rights of migrants\"}") @JsonRawValue String title,
                                       @Schema(description = "As programs-service publishes it (programs.v1)", enumeration = {"pipeline", "implementation",
                                               "finalisation", "closed", "cancelled", "suspended"}, example = "implementation") String status,
                                       @Schema(implementation = Object.class, example = "{\"id\": \"...\", \"code\": \"iom\", \"name\": {\"en\": \"International Organization for Migration\"}}")
                                       @JsonRawValue String reportingOrganization,
                                       @Schema(maxLength = 51, pattern = "^/v1/activities/[0-9a-f-]{36}$", example = "/v1/activities/0190d7c2-...") String href) {
    }
}
