package org.oas.migration.programs.activity.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oas.migration.programs.activity.persistence.ActivityList;

/** Counts for dashboards: the activity list's filters, answered as counts per value instead of a page. */
@Path("/v1/activities/facets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Activities")
public class ActivityFacetsResource {

    @Inject
    ActivityList activities;

    @GET
    @Operation(operationId = "activityFacets", summary = "Count activities by country, theme, organization, status and year",
            description = "Takes the filters of `GET /v1/activities` (not `limit` or `cursor`) and answers how many activities "
                    + "match and how many of them have each value of each facet, most frequent first.")
    @APIResponse(responseCode = "200", description = "The facets of the matching activities",
            content = @Content(schema = @Schema(implementation = ActivityFacetsView.class)))
    public ActivityFacetsView facets(@BeanParam ActivityListParams params, @Context HttpHeaders headers) {
        return ActivityFacetsView.of(activities.facets(params.filter(headers)));
    }
}
