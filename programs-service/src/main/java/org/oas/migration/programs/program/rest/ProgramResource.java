package org.oas.migration.programs.program.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.oas.migration.platform.endpoint.Endpoints;
import org.oas.migration.platform.http.Representation;
import org.oas.migration.platform.http.Languages;
import org.oas.migration.platform.http.QueryParams;
import org.oas.migration.platform.idempotency.IdempotentPost;
import org.oas.migration.platform.paging.Page;
import org.oas.migration.platform.paging.PageRequest;
import org.oas.migration.platform.paging.PageResponses;
import org.oas.migration.platform.patch.JsonMergePatch;
import org.oas.migration.platform.security.Caller;
import org.oas.migration.platform.security.Roles;
import org.oas.migration.programs.activity.domain.Theme;
import org.oas.migration.programs.program.domain.ProgramService;
import org.oas.migration.programs.program.domain.ProgramStatus;
import org.oas.migration.programs.program.persistence.ProgramFilter;
import org.oas.migration.programs.program.domain.ProgramView;
import org.oas.migration.programs.program.persistence.ProgramEntity;
import org.oas.migration.programs.program.persistence.ProgramList;
import org.oas.migration.programs.support.Actors;
import org.oas.migration.programs.support.QueryValues;
import org.oas.migration.platform.json.RawJson;
import org.oas.migration.programs.persistence.ViewQuery;

@Path("/v1/programs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programs", description = "Programmes on migration, the organization that owns each and the resolutions mandating it; "
        + "their activities are at /v1/activities?program={code}.")
public class ProgramResource {

    @Inject
    ProgramService service;

    @Inject
    Endpoints endpoints;

    @Inject
    Caller caller;

    @Inject
    ProgramList programs;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listPrograms", summary = "List and search programmes", description = "Newest first; with `q`, by relevance.")
    @APIResponse(responseCode = "200", description = "A page of programmes", content = @Content(schema = @Schema(implementation = ProgramPage.class)))
    public Response list(@Parameter(description = "Owning organization (code)", example = "oas-sedi") @QueryParam("owner") String owner,
                         @Parameter(description = "Programme code (a lookup)") @QueryParam("code") String code,
                         @Parameter(description = "Theme", example = "labour-migration") @QueryParam("theme") String theme,
                         @Parameter(description = "Status", example = "active") @QueryParam("status") String status,
                         @Parameter(description = "Full-text search in English or Spanish") @QueryParam("q") String q,
                         @Parameter(description = "Only programmes changed at or after this RFC 3339 time") @QueryParam("updatedSince") String updatedSince,
                         @QueryParam("lang") String lang, @QueryParam("limit") String limit, @QueryParam("cursor") String cursor,
                         @Context HttpHeaders headers) {
        ProgramFilter filter = new ProgramFilter(QueryValues.given(owner), QueryValues.given(code), QueryValues.given(theme) == null ? null : Theme.fromValue(theme.trim()).value(),
                QueryValues.given(status) == null ? null : ProgramStatus.fromValue(status.trim()).value(),
                QueryValues.given(updatedSince) == null ? null : QueryParams.dateTime("updatedSince", updatedSince),
                QueryParams.blankToNull(q), Languages.resolve(lang, headers));
        Page<ViewQuery.Row> rows = programs.page(filter, PageRequest.of(limit, cursor));
        return PageResponses.ok(rows.map(row -> RawJson.of(row.view())), uri);
    }

    @GET
    @Path("/{idOrCode}")
    @Operation(operationId = "getProgram", summary = "Get a programme by id or code",
            description = "Public. The ETag is the version: send it as If-None-Match for a 304, or as If-Match to write.")
    @APIResponse(responseCode = "200", description = "The programme", content = @Content(schema = @Schema(implementation = ProgramView.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response get(@PathParam("idOrCode") String idOrCode, @Context Request request) {
        ProgramEntity program = service.requireLive(idOrCode);
        return Endpoints.get(request, new Representation(program.id, program.version, RawJson.of(program.view)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
    @Transactional
    @Operation(operationId = "createProgram", summary = "Create a programme",
            description = "Admins, or a partner for its own organization. 409 if the code exists. Honours `Idempotency-Key`.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ProgramView.class)))
    public Response create(@NotNull @Valid ProgramInput input, @HeaderParam(IdempotentPost.HEADER) String key) {
        return endpoints.create(uri, "v1/programs", key, input, () -> view(service.create(Actors.of(caller), input.toProgram())));
    }

    @PUT
    @Path("/{idOrCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
    @Transactional
    @Operation(operationId = "putProgram", summary = "Replace a programme", description = "Honours If-Match.")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = ProgramView.class)))
    public Response put(@PathParam("idOrCode") String idOrCode, @NotNull @Valid ProgramInput input, @HeaderParam("If-Match") String ifMatch) {
        return Endpoints.ok(view(service.replace(Actors.of(caller), service.requireLive(idOrCode), input.toProgram(), ifMatch)));
    }

    @PATCH
    @Path("/{idOrCode}")
    @Consumes(JsonMergePatch.MEDIA_TYPE)
    @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
    @Transactional
    @Operation(operationId = "patchProgram", summary = "Change some fields of a programme", description = "JSON Merge Patch. Honours If-Match.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = ProgramView.class)))
    public Response patch(@PathParam("idOrCode") String idOrCode, @RequestBody(content = @Content(mediaType = JsonMergePatch.MEDIA_TYPE, schema = @Schema(ref = "ProgramInputPatch"))) @NotNull JsonNode patch, @HeaderParam("If-Match") String ifMatch) {
        return Endpoints.ok(view(service.change(Actors.of(caller), idOrCode,
                stored -> endpoints.patch(ProgramInput.of(stored), patch, ProgramInput.class).toProgram(), ifMatch)));
    }

    @DELETE
    @Path("/{idOrCode}")
    @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
    @Transactional
    @Operation(operationId = "deleteProgram", summary = "Delete a programme (soft)", description = "Honours If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("idOrCode") String idOrCode, @HeaderParam("If-Match") String ifMatch) {
        service.delete(Actors.of(caller), service.requireLive(idOrCode), ifMatch);
        return Endpoints.deleted();
    }

    private static Representation view(ProgramView view) {
        return new Representation(view.id(), view.version(), view);
    }

    @Schema(name = "ProgramPage")
    public record ProgramPage(List<ProgramView> items, String nextCursor) {
    }
}
