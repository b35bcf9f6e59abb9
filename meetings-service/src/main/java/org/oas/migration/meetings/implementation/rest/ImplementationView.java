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
        @Schema(example = "AG/RES. 2248 (XXXVI-O/06)") String symbol,
        List<ParagraphActivities> paragraphs,
        @Schema(description = "Activities citing the resolution as a whole, without naming a paragraph") List<ImplementingActivity> wholeResolution) {

    @Schema(name = "ParagraphActivities")
    public record ParagraphActivities(UUID paragraphId, @Schema(example = "3") String number, Map<String, String> text,
                                      List<ImplementingActivity> activities) {
    }

    @Schema(name = "ImplementingActivity", description = "An activity as programs-service last published it.")
    public record ImplementingActivity(UUID id,
                                       @Schema(implementation = Object.class, example = "{\"en\": \"Course on the human rights of migrants\"}") @JsonRawValue String title,
                                       @Schema(example = "implementation") String status,
                                       @Schema(implementation = Object.class, example = "{\"id\": \"...\", \"code\": \"iom\", \"name\": {\"en\": \"International Organization for Migration\"}}")
                                       @JsonRawValue String reportingOrganization,
                                       @Schema(example = "/v1/activities/0190d7c2-...") String href) {
    }
}
