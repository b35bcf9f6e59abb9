package org.oas.migration.meetings.meeting.rest;

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
import org.oas.migration.meetings.meeting.persistence.MeetingList;

/** Counts for dashboards: the meeting list's filters, answered as counts per value instead of a page. */
@Path("/v1/meetings/facets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings")
public class MeetingFacetsResource {

    @GET
    @Operation(operationId = "meetingFacets", summary = "Count meetings by convening body and year",
            description = "Takes the filters of `GET /v1/meetings` (not `limit` or `cursor`) and answers how many meetings "
                    + "match and how many of them have each value of each facet, most frequent first.")
    @APIResponse(responseCode = "200", description = "The facets of the matching meetings",
            content = @Content(schema = @Schema(implementation = MeetingFacetsView.class)))
    public MeetingFacetsView facets(@BeanParam MeetingListParams params, @Context HttpHeaders headers) {
        return MeetingFacetsView.of(MeetingList.facets(params.filter(headers)));
    }
}
