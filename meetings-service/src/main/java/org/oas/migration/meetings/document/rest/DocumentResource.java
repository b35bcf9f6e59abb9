package org.oas.migration.meetings.document.rest;

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
import org.oas.migration.meetings.document.domain.DocumentKind;
import org.oas.migration.meetings.document.domain.DocumentService;
import org.oas.migration.meetings.document.persistence.DocumentEntity;
import org.oas.migration.meetings.document.persistence.DocumentFilter;
import org.oas.migration.meetings.document.persistence.DocumentList;
import org.oas.migration.meetings.support.persistence.Listed;
import org.oas.migration.meetings.support.rest.DateSortParam;
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
import org.oas.migration.platform.problem.ApiException;
import org.oas.migration.platform.security.Roles;

@Path("/v1/documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Documents", description = "OAS documents by symbol: agendas, orders of business, notes, reports, minutes, draft resolutions...")
public class DocumentResource {

    @Inject
    DocumentService service;

    @Inject
    Endpoints endpoints;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listDocuments", summary = "List documents",
            description = "Newest first (by date, then id descending); with `q`, by relevance with the matching fragment in `match`.")
    @APIResponse(responseCode = "200", description = "A page of documents", content = @Content(schema = @Schema(implementation = DocumentPage.class)))
    public Response list(
            @Parameter(description = "Symbol series", example = "CP/OD") @QueryParam("series") String series,
            @Parameter(description = "Document kind", example = "order-of-business") @QueryParam("kind") String kind,
            @Parameter(description = "Symbol, matched ignoring spacing, case and punctuation", example = "cp/od-1592/07 rev.1") @QueryParam("symbol") String symbol,
            @Parameter(description = "Documents of this meeting (id)") @QueryParam("meeting") String meeting,
            @Parameter(description = "Dated on or after (YYYY-MM-DD)", example = "2007-01-01") @QueryParam("dateFrom") String dateFrom,
            @Parameter(description = "Dated on or before (YYYY-MM-DD)", example = "2013-12-31") @QueryParam("dateTo") String dateTo,
            @Parameter(description = "Full-text search over titles, in English or Spanish", example = "orden del día") @QueryParam("q") String q,
            @Parameter(description = "Only documents changed at or after this RFC 3339 time") @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = "Search language: en or es (fr, pt search English)") @QueryParam("lang") String lang,
            @BeanParam DateSortParam sort, @BeanParam PageParams page, @Context HttpHeaders headers) {
        DocumentFilter filter = new DocumentFilter(ListParams.filter(q, lang, headers, dateFrom, dateTo, updatedSince),
                QueryParams.blankToNull(series), ListParams.read(kind, v -> DocumentKind.fromValue(v).value()),
                ListParams.read(symbol, SymbolKey::of),
                ListParams.read(meeting, v -> QueryParams.uuid("meeting", v)));
        Page<Listed<DocumentEntity>> rows = DocumentList.page(filter, page.request(), sort.sort());
        return PageResponses.ok(rows.map(row -> DocumentMapper.toView(row.entity(), row.match())), uri);
    }

    @GET
    @Path("/lookup")
    @Operation(operationId = "lookupDocument", summary = "Find a document by symbol",
            description = "Tolerant of spacing, case and punctuation: `cp/od-1592/07 rev.1` finds `CP/OD-1592/07 rev. 1`.")
    @APIResponse(responseCode = "200", description = "The document, with its canonical symbol", content = @Content(schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "404", description = "No live document has that symbol")
    public Response lookup(@Parameter(example = "CP/OD-1592/07 rev. 1", required = true) @QueryParam("symbol") String symbol,
                           @Context Request request) {
        if (QueryParams.blankToNull(symbol) == null) {
            throw ApiException.invalid("symbol", "is required");
        }
        DocumentEntity document = service.bySymbol(symbol).orElseThrow(() -> ApiException.notFound("Document '" + symbol + "'"));
        return Endpoints.get(request, view(document));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    @Operation(operationId = "createDocument", summary = "Create a document", description = "Admin only. 409 if the symbol exists. Honours `Idempotency-Key`.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = DocumentView.class)))
    public Response create(@NotNull @Valid DocumentInput input, @HeaderParam(IdempotentPost.HEADER) String key) {
        return endpoints.create(uri, "v1/documents", key, input, () -> view(service.create(DocumentMapper.toCommand(input))));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDocument", summary = "Get a document",
            description = "Public. The ETag is the version: send it as If-None-Match for a 304, or as If-Match to write.")
    @APIResponse(responseCode = "200", description = "The document", content = @Content(schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response get(@PathParam("id") String id, @Context Request request) {
        return Endpoints.get(request, view(service.requireLive(id)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    @Operation(operationId = "putDocument", summary = "Replace a document", description = "Admin only. Honours If-Match.")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = DocumentView.class)))
    public Response put(@PathParam("id") String id, @NotNull @Valid DocumentInput input, @HeaderParam("If-Match") String ifMatch) {
        return Endpoints.ok(view(service.replace(service.requireLive(id), DocumentMapper.toCommand(input), ifMatch)));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(JsonMergePatch.MEDIA_TYPE)
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    @Operation(operationId = "patchDocument", summary = "Change some fields of a document", description = "JSON Merge Patch. Honours If-Match.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = DocumentView.class)))
    public Response patch(@PathParam("id") String id, @RequestBody(content = @Content(mediaType = JsonMergePatch.MEDIA_TYPE, schema = @Schema(ref = "DocumentInputPatch"))) @NotNull JsonNode patch, @HeaderParam("If-Match") String ifMatch) {
        DocumentEntity document = service.requireLive(id);
        DocumentInput patched = endpoints.patch(DocumentMapper.toInput(document), patch, DocumentInput.class);
        return Endpoints.ok(view(service.replace(document, DocumentMapper.toCommand(patched), ifMatch)));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    @Operation(operationId = "deleteDocument", summary = "Delete a document (soft)", description = "Admin only. Honours If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(service.requireLive(id), ifMatch);
        return Endpoints.deleted();
    }

    private static Representation view(DocumentEntity document) {
        return new Representation(document.id, document.version, DocumentMapper.toView(document, null));
    }

    @Schema(name = "DocumentPage")
    public record DocumentPage(List<DocumentView> items, String nextCursor) {
    }
}
