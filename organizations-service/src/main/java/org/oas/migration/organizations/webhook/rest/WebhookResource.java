package org.oas.migration.organizations.webhook.rest;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oas.migration.organizations.webhook.domain.DeliveryView;
import org.oas.migration.organizations.webhook.domain.WebhookService;
import org.oas.migration.organizations.webhook.domain.WebhookView;
import org.oas.migration.organizations.webhook.persistence.WebhookDeliveryEntity;
import org.oas.migration.organizations.webhook.persistence.WebhookSubscriptionEntity;
import org.oas.migration.platform.endpoint.Endpoints;
import org.oas.migration.platform.http.QueryParams;
import org.oas.migration.platform.http.Representation;
import org.oas.migration.platform.idempotency.IdempotentPost;
import org.oas.migration.platform.paging.PageParams;
import org.oas.migration.platform.paging.PageResponses;
import org.oas.migration.platform.patch.JsonMergePatch;
import org.oas.migration.platform.problem.ApiException;
import org.oas.migration.platform.security.Roles;

@Path("/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.PARTNER})
@Tag(name = "Webhooks", description = "Event deliveries to a partner's HTTPS endpoint, signed as Standard Webhooks, the CloudEvent as the body. "
        + "A partner sees and manages its own organization's webhooks only; an admin every one.")
public class WebhookResource {

    /** A page cursor: base64url without padding. */
    private static final Set<String> STATUSES = Set.of(WebhookDeliveryEntity.PENDING, WebhookDeliveryEntity.DELIVERED, WebhookDeliveryEntity.FAILED);

    @Inject
    WebhookService service;

    @Inject
    Endpoints endpoints;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listWebhooks", summary = "List webhooks", description = "The caller's own (a partner's organization's; every one for an admin), in creation order.")
    @APIResponse(responseCode = "200", description = "A page of webhooks", content = @Content(schema = @Schema(implementation = WebhookPage.class)))
    public Response list(@BeanParam PageParams page) {
        return PageResponses.ok(service.list(page.request()), uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(operationId = "createWebhook", summary = "Register a webhook",
            description = "The answer carries the signing secret, shown this once. The URL's host must resolve to public addresses. "
                    + "Honours `Idempotency-Key`.")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(schema = @Schema(implementation = WebhookSecret.class)))
    public Response create(@NotNull @Valid WebhookInput input,
                           @HeaderParam(IdempotentPost.HEADER) String key) {
        return endpoints.create(uri, "v1/webhooks", key, input, () -> secret(service.register(input.toSubscription())));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhook", summary = "Get a webhook", description = "Whether it is enabled, and if not why. 404 for another partner's.")
    @APIResponse(responseCode = "200", description = "The webhook", content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response get(@PathParam("id") String id,
                        @Context Request request) {
        return Endpoints.get(request, view(WebhookView.of(service.require(id))));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(JsonMergePatch.MEDIA_TYPE)
    @Transactional
    @Operation(operationId = "patchWebhook", summary = "Change a webhook",
            description = "JSON Merge Patch (RFC 7396); `filter` lists are replaced as a whole; `enabled: true` re-enables a disabled one. "
                    + "Honours If-Match.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = WebhookView.class)))
    public Response patch(@PathParam("id") String id,
                          @RequestBody(content = @Content(mediaType = JsonMergePatch.MEDIA_TYPE, schema = @Schema(ref = "WebhookInputPatch")))
                          @NotNull JsonNode patch,
                          @HeaderParam("If-Match") String ifMatch) {
        WebhookSubscriptionEntity s = service.require(id);
        WebhookInput changed = endpoints.patch(WebhookInput.of(WebhookView.of(s)), patch, WebhookInput.class);
        return Endpoints.ok(view(service.change(s, changed.toSubscription(), ifMatch)));
    }

    @DELETE
    @Path("/{id}")
    @Transactional
    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook", description = "Nothing more is delivered to it. Honours If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") String id,
                           @HeaderParam("If-Match") String ifMatch) {
        service.delete(service.require(id), ifMatch);
        return Endpoints.deleted();
    }

    @POST
    @Path("/{id}/secret")
    @Transactional
    @Operation(operationId = "rotateWebhookSecret", summary = "Issue a new signing secret",
            description = "Deliveries are signed with the new secret and, until `previousSecretExpiresAt`, with the previous one too "
                    + "(two signatures in `webhook-signature`), so the receiver can switch without losing one. Honours If-Match.")
    @APIResponse(responseCode = "200", description = "The new secret", content = @Content(schema = @Schema(implementation = WebhookSecret.class)))
    public Response rotate(@PathParam("id") String id,
                           @HeaderParam("If-Match") String ifMatch) {
        WebhookService.Registered rotated = service.rotateSecret(service.require(id), ifMatch);
        return Endpoints.ok(secret(rotated));
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "The delivery log of a webhook",
            description = "Newest first, each with its status and its last attempt's status code, latency and answer.")
    @APIResponse(responseCode = "200", description = "A page of deliveries", content = @Content(schema = @Schema(implementation = DeliveryPage.class)))
    public Response deliveries(@PathParam("id") String id,
                               @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {WebhookDeliveryEntity.PENDING, WebhookDeliveryEntity.DELIVERED, WebhookDeliveryEntity.FAILED})) @QueryParam("status") String status,
                               @BeanParam PageParams page) {
        String wanted = QueryParams.blankToNull(status);
        if (wanted != null && !STATUSES.contains(wanted)) {
            throw ApiException.invalid("status", "must be one of " + String.join(", ", WebhookDeliveryEntity.PENDING, WebhookDeliveryEntity.DELIVERED, WebhookDeliveryEntity.FAILED));
        }
        return PageResponses.ok(service.deliveries(service.require(id), wanted, page.request()), uri);
    }

    @GET
    @Path("/{id}/deliveries/{deliveryId}")
    @Operation(operationId = "getWebhookDelivery", summary = "A delivery with its attempts",
            description = "Its status and its last 100 attempts, oldest first, each with the receiver's status, latency and answer.")
    @APIResponse(responseCode = "200", description = "The delivery", content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    public DeliveryView delivery(@PathParam("id") String id,
                                 @PathParam("deliveryId") String deliveryId) {
        return service.deliveryWithAttempts(service.require(id), deliveryId);
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliver")
    @Transactional
    @Operation(operationId = "redeliverWebhookDelivery", summary = "Deliver again",
            description = "Queues the delivery again, due now, with the same `webhook-id` (the event id). Also for a failed one, "
                    + "once the webhook is enabled again.")
    @APIResponse(responseCode = "202", description = "Queued", content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    public Response redeliver(@PathParam("id") String id,
                              @PathParam("deliveryId") String deliveryId) {
        return Response.accepted(service.redeliver(service.require(id), deliveryId)).build();
    }

    private static Representation view(WebhookView view) {
        return new Representation(view.id(), view.version(), view);
    }

    private static Representation secret(WebhookService.Registered registered) {
        return new Representation(registered.webhook().id(), registered.webhook().version(),
                new WebhookSecret(registered.secret(), registered.webhook()));
    }

    @Schema(name = "WebhookPage")
    public record WebhookPage(List<WebhookView> items, String nextCursor) {
    }

    @Schema(name = "WebhookDeliveryPage")
    public record DeliveryPage(List<DeliveryView> items, String nextCursor) {
    }
}
