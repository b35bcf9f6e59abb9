package org.oas.migration.organizations.person.rest;

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
import org.oas.migration.organizations.organization.domain.OrganizationService;
import org.oas.migration.organizations.person.domain.Person;
import org.oas.migration.organizations.person.domain.PersonService;
import org.oas.migration.organizations.person.domain.PersonView;
import org.oas.migration.organizations.person.persistence.PersonEntity;
import org.oas.migration.organizations.person.persistence.PersonFilter;
import org.oas.migration.organizations.person.persistence.PersonRepository;
import org.oas.migration.platform.endpoint.Endpoints;
import org.oas.migration.platform.http.Representation;
import org.oas.migration.platform.http.QueryParams;
import org.oas.migration.platform.idempotency.IdempotentPost;
import org.oas.migration.platform.text.Identifier;
import org.oas.migration.platform.paging.Page;
import org.oas.migration.platform.paging.PageParams;
import org.oas.migration.platform.paging.PageRequest;
import org.oas.migration.platform.paging.PageResponses;
import org.oas.migration.platform.patch.JsonMergePatch;
import org.oas.migration.platform.problem.ApiException;
import org.oas.migration.platform.problem.ProblemType;
import org.oas.migration.platform.security.Roles;

@Path("/v1/people")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People", description = "People and their posts (memberships) in organizations; meetings cite them as presenters and participants.")
public class PersonResource {

    @Inject
    PersonService service;

    @Inject
    PersonRepository repository;

    @Inject
    OrganizationService organizations;

    @Inject
    Endpoints endpoints;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listPeople", summary = "List people",
            description = "Ordered by name, then id. Keyset pagination: follow `nextCursor` or the `Link: rel=next` header.")
    @APIResponse(responseCode = "200", description = "A page of people", content = @Content(schema = @Schema(implementation = PersonPage.class)))
    public Response list(
            @Parameter(description = "People holding a post in this organization (id or code)", example = "iom") @QueryParam("organization") String organization,
            @Parameter(description = "External identifier as scheme:value", example = "oas-seed:albert-r-ramdin") @QueryParam("identifier") String identifier,
            @Parameter(description = "Words of the name or of a role", example = "Shoman") @QueryParam("q") String q,
            @Parameter(description = "Only people changed at or after this RFC 3339 time") @QueryParam("updatedSince") String updatedSince,
            @BeanParam PageParams page) {
        PageRequest request = page.request();
        Identifier byIdentifier = QueryParams.identifier("identifier", identifier);
        String org = QueryParams.blankToNull(organization);
        PersonFilter filter = new PersonFilter(org == null ? null : organizationId(org),
                byIdentifier == null ? null : byIdentifier.scheme(), byIdentifier == null ? null : byIdentifier.value(),
                QueryParams.blankToNull(q), QueryParams.dateTime("updatedSince", updatedSince));
        return PageResponses.ok(repository.page(filter, request).map(PersonView::of), uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    @Operation(operationId = "createPerson", summary = "Create a person", description = "Admin only. Honours `Idempotency-Key`.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = PersonView.class)))
    public Response create(@NotNull @Valid PersonInput input, @HeaderParam(IdempotentPost.HEADER) String key) {
        return endpoints.create(uri, "v1/people", key, input, () -> view(service.create(PersonMapper.toPerson(input))));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPerson", summary = "Get a person", description = "304 on a matching If-None-Match; 410 once deleted.")
    @APIResponse(responseCode = "200", description = "The person", content = @Content(schema = @Schema(implementation = PersonView.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response get(@PathParam("id") String id, @Context Request request) {
        return Endpoints.get(request, view(PersonView.of(service.requireLive(id))));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "putPerson", summary = "Replace a person", description = "Admin only. Honours If-Match.")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = PersonView.class)))
    @Transactional
    public Response put(@PathParam("id") String id, @NotNull @Valid PersonInput input, @HeaderParam("If-Match") String ifMatch) {
        return Endpoints.ok(view(service.replace(service.requireLive(id), PersonMapper.toPerson(input), ifMatch)));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(JsonMergePatch.MEDIA_TYPE)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "patchPerson", summary = "Change some fields of a person",
            description = "JSON Merge Patch (RFC 7396); `memberships` is replaced as a whole. Honours If-Match.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = PersonView.class)))
    @Transactional
    public Response patch(@PathParam("id") String id, @RequestBody(content = @Content(mediaType = JsonMergePatch.MEDIA_TYPE, schema = @Schema(ref = "PersonInputPatch"))) @NotNull JsonNode patch, @HeaderParam("If-Match") String ifMatch) {
        PersonEntity person = service.requireLive(id);
        return Endpoints.ok(view(service.replace(person,
                PersonMapper.toPerson(endpoints.patch(PersonMapper.toInput(Person.of(person)), patch, PersonInput.class)), ifMatch)));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deletePerson", summary = "Delete a person (soft)", description = "Admin only. Honours If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @Transactional
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(service.requireLive(id), ifMatch);
        return Endpoints.deleted();
    }

    private static Representation view(PersonView view) {
        return new Representation(view.id(), view.version(), view);
    }

    private java.util.UUID organizationId(String idOrCode) {
        try {
            return organizations.require(idOrCode).id;
        } catch (ApiException e) {
            if (e.type() == ProblemType.NOT_FOUND) {
                throw ApiException.invalid("organization", "no organization '" + idOrCode + "'");
            }
            throw e;
        }
    }

    @Schema(name = "PersonPage")
    public record PersonPage(List<PersonView> items, String nextCursor) {
    }
}
