package org.oas.migration.meetings.resolution.rest;

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oas.migration.meetings.implementation.rest.Implementation;
import org.oas.migration.meetings.implementation.rest.ImplementationView;
import org.oas.migration.meetings.resolution.domain.ResolutionService;
import org.oas.migration.meetings.resolution.domain.ResolutionStatus;
import org.oas.migration.meetings.resolution.persistence.ResolutionEntity;
import org.oas.migration.meetings.resolution.persistence.ResolutionFilter;
import org.oas.migration.meetings.resolution.persistence.ResolutionList;
import org.oas.migration.meetings.support.persistence.Listed;
import org.oas.migration.meetings.support.rest.DateSortParam;
import org.oas.migration.meetings.symbol.SymbolKey;
import org.oas.migration.platform.endpoint.Endpoints;
import org.oas.migration.platform.http.EntityTags;
import org.oas.migration.platform.http.Languages;
import org.oas.migration.platform.http.Representation;
import org.oas.migration.platform.http.QueryParams;
import org.oas.migration.platform.idempotency.IdempotentPost;
import org.oas.migration.platform.paging.Page;
import org.oas.migration.platform.paging.PageParams;
import org.oas.migration.platform.paging.PageRequest;
import org.oas.migration.platform.paging.PageResponses;
import org.oas.migration.platform.paging.Sort;
import org.oas.migration.platform.patch.JsonMergePatch;
import org.oas.migration.platform.problem.ApiException;
import org.oas.migration.platform.problem.ProblemType;
import org.oas.migration.platform.security.Roles;

@Path("/v1/resolutions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Resolutions", description = "Resolutions and drafts: symbols, sponsors, preambular and operative paragraphs, mandates and citations.")
public class ResolutionResource {

    private static final String PROBLEM = "application/problem+json";
    private static final String LANG = "Akoma Ntoso only: the expression's language (en, es, fr, pt); else the first official language "
            + "of Accept-Language, else en";
    private static final String AKN_SCHEMA = "Akoma Ntoso 3.0 XML (http://docs.oasis-open.org/legaldocml/ns/akn/3.0), valid against "
            + "akomantoso30.xsd";
    private static final String NOT_FOUND = "No such resolution; or, for Akoma Ntoso, it has no whole text (title and every paragraph) "
            + "in the requested language (the problem lists those it has)";
    private static final String NOT_ACCEPTABLE = "The Accept header allows neither application/json nor " + AkomaNtoso.MEDIA_TYPE;

    @Inject
    Implementation implementation;

    @Inject
    ResolutionService service;

    @Inject
    Endpoints endpoints;

    @Inject
    ResolutionMapper mapper;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listResolutions", summary = "List resolutions",
            description = "Most recently adopted first, then id descending; with `q`, by relevance over titles and paragraphs, with the matching fragment in `match`.")
    @APIResponse(responseCode = "200", description = "A page of resolutions", content = @Content(schema = @Schema(implementation = ResolutionPage.class)))
    public Response list(@BeanParam ResolutionListParams params, @BeanParam DateSortParam sort, @BeanParam PageParams page,
                         @Context HttpHeaders headers) {
        return page(params.filter(headers), page.request(), sort.sort());
    }

    @GET
    @Path("/lookup")
    @Produces({MediaType.APPLICATION_JSON, AkomaNtoso.MEDIA_TYPE})
    @Operation(operationId = "lookupResolution", summary = "Find a resolution by symbol or draft classification",
            description = "Tolerant of spacing, case and punctuation: `ag/res 2248 (xxxvi-o/06)` finds `AG/RES. 2248 (XXXVI-O/06)`. "
                    + "Answers what `GET /v1/resolutions/{id}` does: JSON, or with `Accept: " + AkomaNtoso.MEDIA_TYPE + "` the Akoma "
                    + "Ntoso document (language from `lang` or `Accept-Language`).")
    @APIResponse(responseCode = "200", description = "The resolution, with its canonical symbol", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResolutionView.class)),
            @Content(mediaType = AkomaNtoso.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, description = AKN_SCHEMA))})
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "406", description = NOT_ACCEPTABLE, content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response lookup(@Parameter(example = "AG/RES. 2248 (XXXVI-O/06)", required = true) @QueryParam("symbol") String symbol,
                           @Parameter(description = LANG) @QueryParam("lang") String lang,
                           @Context Request request, @Context HttpHeaders headers) {
        if (QueryParams.blankToNull(symbol) == null) {
            throw ApiException.invalid("symbol", "is required");
        }
        ResolutionEntity resolution = service.bySymbol(symbol).orElseThrow(() -> ApiException.notFound("Resolution '" + symbol + "'"));
        return negotiated(resolution, lang, request, headers);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    @Operation(operationId = "createResolution", summary = "Create a resolution or draft", description = "Admin only. Honours `Idempotency-Key`.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ResolutionView.class)))
    public Response create(@NotNull @Valid ResolutionInput input, @HeaderParam(IdempotentPost.HEADER) String key) {
        return endpoints.create(uri, "v1/resolutions", key, input, () -> view(service.create(ResolutionMapper.toCommand(input))));
    }

    @GET
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, AkomaNtoso.MEDIA_TYPE})
    @Operation(operationId = "getResolution", summary = "Get a resolution",
            description = "JSON by default. With `Accept: " + AkomaNtoso.MEDIA_TYPE + "`, the resolution as an Akoma Ntoso 3.0 "
                    + "document (what `/v1/resolutions/{id}/akn` answers): one expression per language, chosen by `lang` or "
                    + "`Accept-Language` (default en), named in `Content-Language`. The two representations have their own "
                    + "ETags, and the answer varies by `Accept`.")
    @APIResponse(responseCode = "200", description = "The resolution", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResolutionView.class)),
            @Content(mediaType = AkomaNtoso.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, description = AKN_SCHEMA))})
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "406", description = NOT_ACCEPTABLE, content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response get(@PathParam("id") String id, @Parameter(description = LANG) @QueryParam("lang") String lang,
                        @Context Request request, @Context HttpHeaders headers) {
        return negotiated(service.requireLive(id), lang, request, headers);
    }

    @GET
    @Path("/{id}/akn")
    @Produces(AkomaNtoso.MEDIA_TYPE)
    @Operation(operationId = "getResolutionAkomaNtoso", summary = "A resolution as Akoma Ntoso 3.0 XML",
            description = "The document `GET /v1/resolutions/{id}` answers with `Accept: " + AkomaNtoso.MEDIA_TYPE + "`, at a URL of "
                    + "its own (for links and downloads): `<akomaNtoso><statement name=\"resolution\">` (`draftResolution` before "
                    + "adoption) with FRBR identification built from the symbol and adoption date "
                    + "(`/akn/oas/resolution/2006-06-06/ag-res-2248-xxxvi-o-06`), the preambular paragraphs as the preamble's "
                    + "recitals and the operative paragraphs in the main body (`<paragraph eId=\"para_5bis\"><num>5bis</num>`). "
                    + "The expression's language comes from `lang` or `Accept-Language` (default en) and is named in "
                    + "`Content-Language`; a language without the whole text (title and every paragraph) is a 404.")
    @APIResponse(responseCode = "200", description = "The Akoma Ntoso document",
            content = @Content(mediaType = AkomaNtoso.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, description = AKN_SCHEMA)))
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "406", description = NOT_ACCEPTABLE, content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response akomaNtoso(@PathParam("id") String id, @Parameter(description = LANG) @QueryParam("lang") String lang,
                               @Context Request request, @Context HttpHeaders headers) {
        return akomaNtoso(service.requireLive(id), lang, request, headers);
    }

    @GET
    @Path("/{id}/citations")
    @Operation(operationId = "listResolutionCitations", summary = "What this resolution cites", description = "In the order cited.")
    @APIResponse(responseCode = "200", description = "The cited resolutions", content = @Content(schema = @Schema(implementation = CitationList.class)))
    public CitationList citations(@PathParam("id") String id) {
        ResolutionEntity resolution = service.requireLive(id);
        return new CitationList(resolution.cites.stream().map(symbol -> service.bySymbol(symbol)
                .map(known -> new Citation(symbol, known.id, known.title)).orElse(new Citation(symbol, null, null))).toList());
    }

    @GET
    @Path("/{id}/implementation")
    @Operation(operationId = "getResolutionImplementation", summary = "The activities implementing each operative paragraph",
            description = "From programs-service's activity events (programs.v1): for each operative paragraph in printed order, the "
                    + "activities naming it as their mandate, plus those citing the resolution as a whole. Served from a local "
                    + "projection, so it answers while programs-service is down (and may trail it by the event delay).")
    @APIResponse(responseCode = "200", description = "Activities per paragraph",
            content = @Content(schema = @Schema(implementation = ImplementationView.class)))
    public ImplementationView implementation(@PathParam("id") String id) {
        return implementation.of(service.requireLive(id));
    }

    @GET
    @Path("/{id}/cited-by")
    @Operation(operationId = "listResolutionsCiting", summary = "The resolutions that cite this one",
            description = "Public. The later resolutions whose `cites` name this one, paged like every list.")
    @APIResponse(responseCode = "200", description = "A page of resolutions", content = @Content(schema = @Schema(implementation = ResolutionPage.class)))
    public Response citedBy(@PathParam("id") String id, @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        ResolutionEntity resolution = service.requireLive(id);
        String key = resolution.symbolKey != null ? resolution.symbolKey : resolution.draftKey;
        return page(ResolutionFilter.citing(key), PageRequest.of(limit, cursor), null);
    }

    private Response page(ResolutionFilter filter, PageRequest request, Sort sort) {
        Page<Listed<ResolutionEntity>> rows = ResolutionList.page(filter, request, sort);
        return PageResponses.ok(rows.map(row -> mapper.toView(row.entity(), row.match())), uri);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    @Operation(operationId = "putResolution", summary = "Replace a resolution", description = "Admin only. Honours If-Match. Paragraph ids stay stable by number.")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = ResolutionView.class)))
    public Response put(@PathParam("id") String id, @NotNull @Valid ResolutionInput input, @HeaderParam("If-Match") String ifMatch) {
        return Endpoints.ok(view(service.replace(service.requireLive(id), ResolutionMapper.toCommand(input), ifMatch)));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(JsonMergePatch.MEDIA_TYPE)
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    @Operation(operationId = "patchResolution", summary = "Change some fields of a resolution",
            description = "JSON Merge Patch; arrays (paragraphs, sponsors) are replaced whole. Honours If-Match.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = ResolutionView.class)))
    public Response patch(@PathParam("id") String id, @RequestBody(content = @Content(mediaType = JsonMergePatch.MEDIA_TYPE, schema = @Schema(ref = "ResolutionInputPatch"))) @NotNull JsonNode patch, @HeaderParam("If-Match") String ifMatch) {
        ResolutionEntity resolution = service.requireLive(id);
        ResolutionInput patched = endpoints.patch(ResolutionMapper.toInput(resolution), patch, ResolutionInput.class);
        return Endpoints.ok(view(service.replace(resolution, ResolutionMapper.toCommand(patched), ifMatch)));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    @Operation(operationId = "deleteResolution", summary = "Delete a resolution (soft)", description = "Admin only. Honours If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(service.requireLive(id), ifMatch);
        return Endpoints.deleted();
    }

    private Representation view(ResolutionEntity resolution) {
        return new Representation(resolution.id, resolution.version, mapper.toView(resolution, null));
    }

    /** JSON, or Akoma Ntoso when the Accept header prefers it; the same URL answers both, so caches key on Accept. */
    private Response negotiated(ResolutionEntity resolution, String lang, Request request, HttpHeaders headers) {
        Response answer = prefersAkomaNtoso(headers) ? akomaNtoso(resolution, lang, request, headers) : Endpoints.get(request, view(resolution));
        return Response.fromResponse(answer).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }

    /**
     * Whether the first acceptable media type (by quality, then as listed) that one of the two representations matches
     * is Akoma Ntoso; a wildcard ({@code *}{@code /*}, {@code application/*}) or no Accept header means JSON. An Accept
     * header that neither matches is answered 406 before the resource method runs.
     */
    static boolean prefersAkomaNtoso(HttpHeaders headers) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.getParameters().getOrDefault("q", "1").matches("0(\\.0*)?")) {
                continue;
            }
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (accepted.isCompatible(AkomaNtoso.MEDIA)) {
                return true;
            }
        }
        return false;
    }

    /** The expression in the request's language, tagged over its bytes; 404 when the resolution has no whole text in it. */
    private Response akomaNtoso(ResolutionEntity resolution, String lang, Request request, HttpHeaders headers) {
        String language = Languages.resolve(lang, headers);
        ResolutionView view = mapper.toView(resolution, null);
        List<String> languages = AkomaNtoso.languages(view);
        if (!languages.contains(language)) {
            throw new ApiException(ProblemType.NOT_FOUND, "Resolution " + resolution.id + " has no Akoma Ntoso expression in '" + language
                    + "': its title and every paragraph need text in that language; "
                    + (languages.isEmpty() ? "no language has them all" : "it has " + String.join(", ", languages)));
        }
        return EntityTags.conditionalGet(request, resolution.version, AkomaNtoso.write(view, language), AkomaNtoso.MEDIA)
                .header(HttpHeaders.CONTENT_LANGUAGE, language).build();
    }

    @Schema(name = "ResolutionPage")
    public record ResolutionPage(List<ResolutionView> items, String nextCursor) {
    }

    @Schema(name = "CitationList")
    public record CitationList(@Schema(maxItems = 300) List<Citation> items) {
    }
}
