package org.oas.migration.meetings.meeting.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oas.migration.meetings.meeting.domain.MeetingKind;
import org.oas.migration.meetings.meeting.domain.MeetingService;
import org.oas.migration.meetings.meeting.domain.MeetingStatus;
import org.oas.migration.meetings.meeting.persistence.MeetingEntity;
import org.oas.migration.meetings.meeting.persistence.MeetingFilter;
import org.oas.migration.meetings.meeting.persistence.MeetingList;
import org.oas.migration.meetings.support.persistence.Listed;
import org.oas.migration.meetings.support.rest.DateSortParam;
import org.oas.migration.meetings.symbol.SymbolKey;
import org.oas.migration.platform.endpoint.Endpoints;
import org.oas.migration.platform.http.Representation;
import org.oas.migration.platform.http.QueryParams;
import org.oas.migration.platform.idempotency.IdempotentPost;
import org.oas.migration.platform.paging.Page;
import org.oas.migration.platform.paging.PageParams;
import org.oas.migration.platform.paging.PageResponses;
import org.oas.migration.platform.patch.JsonMergePatch;
import org.oas.migration.platform.security.Roles;

@Path("/v1/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings", description = "What OAS bodies met about: agendas with presenters, participants, decisions, documents and minutes.")
public class MeetingResource {

    @Inject
    MeetingService service;

    @Inject
    MeetingMapper mapper;

    @Inject
    Endpoints endpoints;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listMeetings", summary = "List meetings",
            description = "Most recent first (start date, then id descending); with `q`, by relevance over titles, agenda items, topics, "
                    + "roles and decisions in English or Spanish, with the matching fragment in `match`.")
    @APIResponse(responseCode = "200", description = "A page of meetings", content = @Content(schema = @Schema(implementation = MeetingPage.class)))
    public Response list(@BeanParam MeetingListParams params, @BeanParam DateSortParam sort, @BeanParam PageParams page,
                         @Context HttpHeaders headers) {
        Page<Listed<MeetingEntity>> rows = MeetingList.page(params.filter(headers), page.request(), sort.sort());
        return PageResponses.ok(rows.map(row -> mapper.toView(row.entity(), row.match())), uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    @Operation(operationId = "createMeeting", summary = "Create a meeting",
            description = "Admin only. People, organizations, documents and the convening resolution must be known here. Honours `Idempotency-Key`.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = MeetingView.class)))
    public Response create(@NotNull @Valid MeetingInput input, @HeaderParam(IdempotentPost.HEADER) String key) {
        return endpoints.create(uri, "v1/meetings", key, input, () -> view(service.create(MeetingMapper.toCommand(input))));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMeeting", summary = "Get a meeting",
            description = "Public. The ETag is the version: send it as If-None-Match for a 304, or as If-Match to write.")
    @APIResponse(responseCode = "200", description = "The meeting", content = @Content(schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response get(@PathParam("id") String id, @Context Request request) {
        return Endpoints.get(request, view(service.requireLive(id)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    @Operation(operationId = "putMeeting", summary = "Replace a meeting", description = "Admin only. Honours If-Match.")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = MeetingView.class)))
    public Response put(@PathParam("id") String id, @NotNull @Valid MeetingInput input, @HeaderParam("If-Match") String ifMatch) {
        return Endpoints.ok(view(service.replace(service.requireLive(id), MeetingMapper.toCommand(input), ifMatch)));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(JsonMergePatch.MEDIA_TYPE)
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    @Operation(operationId = "patchMeeting", summary = "Change some fields of a meeting",
            description = "JSON Merge Patch; arrays (agenda, participants...) are replaced whole. Honours If-Match.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = MeetingView.class)))
    public Response patch(@PathParam("id") String id, @RequestBody(content = @Content(mediaType = JsonMergePatch.MEDIA_TYPE, schema = @Schema(ref = "MeetingInputPatch"))) @NotNull JsonNode patch, @HeaderParam("If-Match") String ifMatch) {
        MeetingEntity meeting = service.requireLive(id);
        MeetingInput patched = endpoints.patch(MeetingMapper.toInput(meeting), patch, MeetingInput.class);
        return Endpoints.ok(view(service.replace(meeting, MeetingMapper.toCommand(patched), ifMatch)));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    @Operation(operationId = "deleteMeeting", summary = "Delete a meeting (soft)", description = "Admin only. Honours If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(service.requireLive(id), ifMatch);
        return Endpoints.deleted();
    }

    private Representation view(MeetingEntity meeting) {
        return new Representation(meeting.id, meeting.version, mapper.toView(meeting, null));
    }

    @Schema(name = "MeetingPage")
    public record MeetingPage(List<MeetingView> items, String nextCursor) {
    }
}
