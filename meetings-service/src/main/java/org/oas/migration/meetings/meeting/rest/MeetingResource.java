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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oas.migration.meetings.meeting.domain.MeetingKind;
import org.oas.migration.meetings.meeting.domain.MeetingService;
import org.oas.migration.meetings.meeting.domain.MeetingStatus;
import org.oas.migration.meetings.meeting.persistence.MeetingEntity;
import org.oas.migration.meetings.meeting.persistence.MeetingFilter;
import org.oas.migration.meetings.meeting.persistence.MeetingList;
import org.oas.migration.meetings.support.persistence.Listed;
import org.oas.migration.meetings.support.rest.ListParams;
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
    public Response list(
            @Parameter(description = "Convening body (organization code)", example = "oas-pc") @QueryParam("body") String body,
            @Parameter(description = "Kind", example = "special") @QueryParam("kind") String kind,
            @Parameter(description = "Status", example = "held") @QueryParam("status") String status,
            @Parameter(description = "Venue country (ISO alpha-2)", example = "US") @QueryParam("country") String country,
            @Parameter(description = "An organization that convened, presented or took part (code)", example = "iom") @QueryParam("organization") String organization,
            @Parameter(description = "Meetings a document belongs to: distributed there, under an agenda item, or its minutes (symbol)", example = "CP/INF. 5488/07") @QueryParam("document") String document,
            @Parameter(description = "Meetings convened by this resolution (symbol)", example = "AG/RES. 2248 (XXXVI-O/06)") @QueryParam("convenedBy") String convenedBy,
            @Parameter(description = "External identifier as scheme:value", example = "oas-seed:cp-special-2007-05-02") @QueryParam("identifier") String identifier,
            @Parameter(description = "Starting on or after (YYYY-MM-DD)", example = "2013-01-01") @QueryParam("dateFrom") String dateFrom,
            @Parameter(description = "Starting on or before (YYYY-MM-DD)", example = "2013-12-31") @QueryParam("dateTo") String dateTo,
            @Parameter(description = "Full-text search in English or Spanish", example = "derechos humanos de los migrantes") @QueryParam("q") String q,
            @Parameter(description = "Only meetings changed at or after this RFC 3339 time") @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = "Search language: en or es") @QueryParam("lang") String lang,
            @BeanParam PageParams page, @Context HttpHeaders headers) {
        MeetingFilter filter = new MeetingFilter(ListParams.filter(q, lang, headers, dateFrom, dateTo, updatedSince),
                QueryParams.blankToNull(body), ListParams.read(kind, v -> MeetingKind.fromValue(v).value()),
                ListParams.read(status, v -> MeetingStatus.fromValue(v).value()), ListParams.upper(country),
                QueryParams.blankToNull(organization), ListParams.read(document, SymbolKey::of),
                ListParams.read(convenedBy, SymbolKey::of), QueryParams.identifier("identifier", identifier));
        Page<Listed<MeetingEntity>> rows = MeetingList.page(filter, page.request());
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
    public Response patch(@PathParam("id") String id, @NotNull JsonNode patch, @HeaderParam("If-Match") String ifMatch) {
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
