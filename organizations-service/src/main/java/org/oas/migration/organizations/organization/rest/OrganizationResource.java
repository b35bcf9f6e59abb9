package org.oas.migration.organizations.organization.rest;

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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oas.migration.organizations.organization.domain.OrganizationService;
import org.oas.migration.organizations.organization.domain.OrganizationView;
import org.oas.migration.organizations.organization.persistence.OrganizationEntity;
import org.oas.migration.organizations.organization.persistence.OrganizationFilter;
import org.oas.migration.organizations.organization.persistence.OrganizationRepository;
import org.oas.migration.platform.endpoint.Endpoints;
import org.oas.migration.platform.http.Representation;
import org.oas.migration.platform.http.Languages;
import org.oas.migration.platform.http.QueryParams;
import org.oas.migration.platform.idempotency.IdempotentPost;
import org.oas.migration.platform.text.Identifier;
import org.oas.migration.platform.paging.Page;
import org.oas.migration.platform.paging.PageRequest;
import org.oas.migration.platform.paging.PageResponses;
import org.oas.migration.platform.patch.JsonMergePatch;
import org.oas.migration.platform.problem.ApiException;
import org.oas.migration.platform.problem.ProblemType;
import org.oas.migration.platform.security.Roles;

@Path("/v1/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations", description = "The registry of OAS organs and departments, UN agencies, regional processes, national societies and member states.")
public class OrganizationResource {

    @Inject
    OrganizationService service;

    @Inject
    OrganizationRepository repository;

    @Inject
    Endpoints endpoints;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listOrganizations", summary = "List organizations",
            description = "Ordered by name in the request language (`lang` or Accept-Language; default en), then id; "
                    + "with `q`, by relevance. Keyset pagination: follow `nextCursor` or the `Link: rel=next` header.")
    @APIResponse(responseCode = "200", description = "A page of organizations",
            content = @Content(schema = @Schema(implementation = OrganizationPage.class)))
    public Response list(
            @Parameter(description = "Organization type", example = "un-entity") @QueryParam("type") String type,
            @Parameter(description = "ISO 3166-1 alpha-2 country: the organization's own or a member country", example = "MX")
            @QueryParam("country") String country,
            @Parameter(description = "Direct children of this organization (id or code)", example = "oas-gs") @QueryParam("parent") String parent,
            @Parameter(description = "The whole subtree below this organization (id or code)", example = "oas") @QueryParam("within") String within,
            @Parameter(description = "Exact code", example = "iom") @QueryParam("code") String code,
            @Parameter(description = "External identifier as scheme:value", example = "iati-org-id:XM-DAC-47066")
            @QueryParam("identifier") String identifier,
            @Parameter(description = "Full-text search over names, acronyms and descriptions in every language", example = "migraciones")
            @QueryParam("q") String q,
            @Parameter(description = "Only organizations changed at or after this RFC 3339 time", example = "2026-01-01T00:00:00Z")
            @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = "Language used to sort and search: en, es, fr, pt", example = "es") @QueryParam("lang") String lang,
            @Parameter(description = "Page size, 1 to 200 (default 50)", example = "50") @QueryParam("limit") String limit,
            @Parameter(description = "Opaque cursor from the previous page's nextCursor") @QueryParam("cursor") String cursor,
            @Context HttpHeaders headers) {
        PageRequest page = PageRequest.of(limit, cursor);
        Identifier byIdentifier = QueryParams.identifier("identifier", identifier);
        OrganizationFilter filter = new OrganizationFilter(QueryParams.blankToNull(type), QueryParams.blankToNull(country),
                resolveId(parent, "parent"), resolveId(within, "within"), QueryParams.blankToNull(code),
                byIdentifier == null ? null : byIdentifier.scheme(), byIdentifier == null ? null : byIdentifier.value(), QueryParams.blankToNull(q),
                QueryParams.dateTime("updatedSince", updatedSince), Languages.resolve(lang, headers));
        return PageResponses.ok(repository.page(filter, page), uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    @Operation(operationId = "createOrganization", summary = "Create an organization",
            description = "Admin only. Send `Idempotency-Key` to make retries safe: a replay returns the first result.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    public Response create(@NotNull @Valid OrganizationInput input,
                           @Parameter(description = "Makes a retried POST return the first result") @HeaderParam(IdempotentPost.HEADER) String key) {
        return endpoints.create(uri, "v1/organizations", key, input, () -> view(service.create(OrganizationMapper.toOrganization(input))));
    }

    @GET
    @Path("/{idOrCode}")
    @Operation(operationId = "getOrganization", summary = "Get an organization by id or code",
            description = "Answers 304 to a matching If-None-Match; 308 to the surviving organization if it was merged; 410 if deleted.")
    @APIResponse(responseCode = "200", description = "The organization", content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "308", description = "Merged into another organization (see Location)")
    public Response get(@Parameter(description = "UUID or code", example = "iom") @PathParam("idOrCode") String idOrCode,
                        @Context Request request) {
        OrganizationEntity entity = service.require(idOrCode);
        if (entity.mergedIntoId != null) {
            return Response.status(308).location(uri.getBaseUriBuilder().path("v1/organizations/{id}").build(entity.mergedIntoId)).build();
        }
        if (entity.isDeleted()) {
            throw new ApiException(ProblemType.GONE, "Organization '" + entity.code + "' was deleted");
        }
        return Endpoints.get(request, new Representation(entity.id, entity.version, service.view(entity)));
    }

    @GET
    @Path("/{idOrCode}/ancestors")
    @Operation(operationId = "listOrganizationAncestors", summary = "The organizations above this one",
            description = "Nearest parent first, up to the root of the hierarchy.")
    @APIResponse(responseCode = "200", description = "The chain of parents", content = @Content(schema = @Schema(implementation = OrganizationPage.class)))
    public Response ancestors(@Parameter(description = "UUID or code", example = "oas-iachr-migrants-rapporteurship") @PathParam("idOrCode") String idOrCode) {
        OrganizationEntity entity = service.require(idOrCode);
        var chain = repository.ancestors(entity.id);
        var views = new java.util.ArrayList<OrganizationView>();
        for (int i = 0; i < chain.size(); i++) {
            String parentCode = i + 1 < chain.size() ? chain.get(i + 1).code : null;
            views.add(OrganizationView.of(chain.get(i), parentCode));
        }
        return Response.ok(new Page<>(views, null)).build();
    }

    @PUT
    @Path("/{idOrCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
    @Operation(operationId = "putOrganization", summary = "Replace an organization, or create it under this code",
            description = "Upsert by code (admin). A partner may replace its own organization's record but not its type or parent. "
                    + "Honours If-Match. Sending what is already stored changes nothing (no new version, no event).")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    @Transactional
    public Response put(@Parameter(description = "UUID or code", example = "iom") @PathParam("idOrCode") String idOrCode,
                        @NotNull @Valid OrganizationInput input,
                        @HeaderParam("If-Match") String ifMatch) {
        OrganizationEntity existing = findForWrite(idOrCode);
        if (existing == null) {
            if (input.code() != null && !input.code().equals(idOrCode)) {
                throw ApiException.invalid("code", "must equal the code in the path ('" + idOrCode + "')");
            }
            return Endpoints.created(uri, "v1/organizations", view(service.create(OrganizationMapper.toOrganization(input).withCode(idOrCode))));
        }
        return Endpoints.ok(view(service.replace(existing, OrganizationMapper.toOrganization(input), ifMatch)));
    }

    @PATCH
    @Path("/{idOrCode}")
    @Consumes(JsonMergePatch.MEDIA_TYPE)
    @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
    @Operation(operationId = "patchOrganization", summary = "Change some fields of an organization",
            description = "JSON Merge Patch (RFC 7396): members replace, null removes. Honours If-Match.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    @Transactional
    public Response patch(@Parameter(description = "UUID or code", example = "iom") @PathParam("idOrCode") String idOrCode,
                          @RequestBody(content = @Content(mediaType = JsonMergePatch.MEDIA_TYPE, schema = @Schema(ref = "OrganizationInputPatch"))) @NotNull JsonNode patch, @HeaderParam("If-Match") String ifMatch) {
        OrganizationEntity entity = service.require(idOrCode);
        OrganizationInput current = OrganizationMapper.toInput(service.described(entity));
        return Endpoints.ok(view(service.replace(entity,
                OrganizationMapper.toOrganization(endpoints.patch(current, patch, OrganizationInput.class)), ifMatch)));
    }

    @DELETE
    @Path("/{idOrCode}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteOrganization", summary = "Delete an organization (soft)",
            description = "Admin only. The organization then answers 410 and a deletion event is published; its partner "
                    + "clients are revoked. Honours If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @Transactional
    public Response delete(@Parameter(description = "UUID or code", example = "iom") @PathParam("idOrCode") String idOrCode,
                           @HeaderParam("If-Match") String ifMatch) {
        service.delete(service.require(idOrCode), ifMatch);
        return Endpoints.deleted();
    }

    @POST
    @Path("/{idOrCode}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "mergeOrganization", summary = "Merge an organization into another",
            description = "Admin only. The merged organization is soft-deleted; its GET redirects (308) to the survivor, "
                    + "its sub-organizations move under the survivor, which takes over its identifiers (and its acronyms in "
                    + "languages it has none for). Each changed organization gets a new version and its own event; the "
                    + "merged organization's partner clients are revoked.")
    @APIResponse(responseCode = "200", description = "The surviving organization", content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "409", description = "The target is this organization or below it (a cycle)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = org.oas.migration.platform.problem.Problem.class)))
    @Transactional
    public OrganizationView merge(@Parameter(description = "UUID or code", example = "oas-dsdl") @PathParam("idOrCode") String idOrCode,
                                  @NotNull @Valid MergeRequest request) {
        return service.merge(service.require(idOrCode), request.into());
    }

    private OrganizationEntity findForWrite(String idOrCode) {
        try {
            return service.require(idOrCode);
        } catch (ApiException e) {
            if (e.type() == ProblemType.NOT_FOUND && org.oas.migration.platform.ids.UuidV7.parseOrNull(idOrCode) == null) {
                if (!idOrCode.matches(OrganizationInput.CODE_PATTERN)) {
                    throw ApiException.invalid("code", "must be a lowercase slug such as oas-iachr");
                }
                return null;
            }
            throw e;
        }
    }

    private UUID resolveId(String idOrCode, String parameter) {
        String value = QueryParams.blankToNull(idOrCode);
        if (value == null) {
            return null;
        }
        try {
            return service.require(value).id;
        } catch (ApiException e) {
            throw ApiException.invalid(parameter, "no organization '" + value + "'");
        }
    }


    private static Representation view(OrganizationView view) {
        return new Representation(view.id(), view.version(), view);
    }

    /** Schema of a page of organizations, for the OpenAPI document. */
    @Schema(name = "OrganizationPage")
    public record OrganizationPage(java.util.List<OrganizationView> items, String nextCursor) {
    }
}
