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
        @Schema(description = "How many activities cite the resolution as a whole, without naming a paragraph", minimum = "0",
                example = "1") long wholeResolutionCount,
        @Schema(description = "The first " + SHOWN + " of them (by id); `wholeResolutionCount` says whether there are more",
                maxItems = SHOWN) List<ImplementingActivity> wholeResolution,
        @Schema(description = "Every activity with this resolution as its mandate, whole or by paragraph, paged: programs-service's list",
                maxLength = 400, pattern = "^/v1/activities\\?mandate=[^\\s]+$", example = "/v1/activities?mandate=AG%2FRES.%202248%20%28XXXVI-O%2F06%29")
        String allActivities) {

    /** The most activities shown per paragraph (and for the whole resolution): the rest are in {@code allActivities}. */
    public static final int SHOWN = 50;

    @Schema(name = "ParagraphActivities")
    public record ParagraphActivities(UUID paragraphId, @Schema(maxLength = 20, pattern = "^[0-9]{1,3}[a-z]{0,6}$", example = "3") String number, Map<String, String> text,
                                      @Schema(description = "How many activities name this paragraph as their mandate", minimum = "0", example = "1")
                                      long activityCount,
                                      @Schema(description = "The first " + SHOWN + " of them (by id); `activityCount` says whether there are more",
                                              maxItems = SHOWN) List<ImplementingActivity> activities,
                                      @Schema(description = "All of them, paged: programs-service's list filtered by this paragraph",
                                              maxLength = 60, pattern = "^/v1/activities\\?mandate=[0-9a-f-]{36}$",
                                              example = "/v1/activities?mandate=0190d7c2-5b1e-7c3a-9f4e-2a6b8c0d1e2f")
                                      String allActivities) {
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
