package org.oas.migration.organizations.auth.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oas.migration.organizations.auth.domain.SigningKey;

@Path("/.well-known/jwks.json")
@Tag(name = "Authentication")
public class JwksResource {

    @Inject
    SigningKey key;

    @GET
    @Produces({"application/jwk-set+json", "application/json"})
    @Operation(operationId = "getJwks", summary = "The public keys that verify issued tokens (JWKS, RFC 7517)",
            description = "Public. The RSA keys whose private halves sign the access tokens (RS256); cacheable for 5 minutes.")
    @APIResponse(responseCode = "200", description = "The key set", content = {
            @Content(mediaType = "application/jwk-set+json", schema = @Schema(implementation = JwkSet.class)),
            @Content(mediaType = "application/json", schema = @Schema(implementation = JwkSet.class))})
    public Response jwks() {
        return Response.ok(Map.of("keys", List.of(key.publicJwk()))).header("Cache-Control", "public, max-age=300").build();
    }
}
