package org.oas.migration.meetings.resolution.rest;

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
import org.oas.migration.meetings.resolution.persistence.ResolutionList;

/** Counts for dashboards: the resolution list's filters, answered as counts per value instead of a page. */
@Path("/v1/resolutions/facets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Resolutions")
public class ResolutionFacetsResource {

    @GET
    @Operation(operationId = "resolutionFacets", summary = "Count resolutions by series and year",
            description = "Takes the filters of `GET /v1/resolutions` (not `limit` or `cursor`) and answers how many resolutions "
                    + "match and how many of them have each value of each facet, most frequent first.")
    @APIResponse(responseCode = "200", description = "The facets of the matching resolutions",
            content = @Content(schema = @Schema(implementation = ResolutionFacetsView.class)))
    public ResolutionFacetsView facets(@BeanParam ResolutionListParams params, @Context HttpHeaders headers) {
        return ResolutionFacetsView.of(ResolutionList.facets(params.filter(headers)));
    }
}
