package org.oas.migration.organizations.client.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oas.migration.organizations.client.domain.PartnerClientService;
import org.oas.migration.organizations.client.domain.PartnerClientView;
import org.oas.migration.organizations.client.domain.Registration;
import org.oas.migration.organizations.client.persistence.PartnerClientEntity;
import org.oas.migration.organizations.client.persistence.PartnerClientList;
import org.oas.migration.platform.endpoint.Endpoints;
import org.oas.migration.platform.http.Representation;
import org.oas.migration.platform.idempotency.IdempotentPost;
import org.oas.migration.platform.paging.Page;
import org.oas.migration.platform.paging.PageRequest;
import org.oas.migration.platform.paging.PageResponses;
import org.oas.migration.platform.security.Roles;

@Path("/v1/partner-clients")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Partner clients", description = "API clients of partner organizations (admin only). A client gets tokens at POST /oauth/token.")
public class PartnerClientResource {

    @Inject
    PartnerClientService service;

    @Inject
    PartnerClientList clients;

    @Inject
    Endpoints endpoints;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listPartnerClients", summary = "List registered clients", description = "Ordered by creation. Secrets are never shown.")
    @APIResponse(responseCode = "200", description = "A page of clients", content = @Content(schema = @Schema(implementation = PartnerClientPage.class)))
    public Response list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return PageResponses.ok(clients.page(PageRequest.of(limit, cursor)).map(service::view), uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(operationId = "createPartnerClient", summary = "Register a client",
            description = "The answer carries the client secret: it is shown this once and stored only as a slow hash.")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(schema = @Schema(implementation = IssuedCredentials.class)))
    public Response create(@NotNull @Valid PartnerClientInput input, @HeaderParam(IdempotentPost.HEADER) String key) {
        return endpoints.idempotent(key, input, () -> {
            PartnerClientService.Registered registered = service.register(
                    new Registration(input.organizationCode(), input.name(), input.role()));
            return Response.created(uri.getBaseUriBuilder().path("v1/partner-clients/{id}").build(registered.client().id()))
                    .entity(IssuedCredentials.of(registered.client(), registered.secret())).build();
        });
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPartnerClient", summary = "Get a client by id or client id",
            description = "Admin only. The client's secret is never shown again (only at creation and rotation).")
    @APIResponse(responseCode = "200", description = "The client", content = @Content(schema = @Schema(implementation = PartnerClientView.class)))
    public Response get(@Parameter(description = "The client id (as in the `clientId` of the credentials a creation answered)") @PathParam("id") String id, @Context Request request) {
        PartnerClientEntity client = service.require(id);
        return Endpoints.get(request, new Representation(client.id, client.version, service.view(client)));
    }

    @POST
    @Path("/{id}/secret")
    @Operation(operationId = "rotatePartnerClientSecret", summary = "Issue a new secret",
            description = "The old secret stops working at once; tokens already issued stay valid until they expire.")
    @APIResponse(responseCode = "200", description = "The new credentials", content = @Content(schema = @Schema(implementation = IssuedCredentials.class)))
    @Transactional
    public IssuedCredentials rotate(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        PartnerClientService.Registered rotated = service.rotateSecret(service.require(id), ifMatch);
        return IssuedCredentials.of(rotated.client(), rotated.secret());
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "revokePartnerClient", summary = "Revoke a client",
            description = "It can get no more tokens, and the tokens it holds stop working in every service (see the README for the bound).")
    @APIResponse(responseCode = "204", description = "Revoked")
    @Transactional
    public Response revoke(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        service.revoke(service.require(id), ifMatch);
        return Endpoints.deleted();
    }

    @Schema(name = "PartnerClientPage")
    public record PartnerClientPage(List<PartnerClientView> items, String nextCursor) {
    }
}
