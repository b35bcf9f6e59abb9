package org.oas.migration.organizations.auth.rest;

import org.oas.migration.organizations.client.domain.PartnerClientView;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oas.migration.organizations.auth.domain.TokenIssuer;
import org.oas.migration.organizations.client.domain.PartnerClientService;
import org.oas.migration.organizations.client.persistence.PartnerClientEntity;
import org.oas.migration.platform.problem.ProblemType;

@Path("/oauth/token")
@Tag(name = "Authentication", description = "OAuth 2.0 client credentials for registered clients, and the keys that verify the tokens.")
public class TokenResource {

    private static final String PATH = "/oauth/token";

    @Inject
    PartnerClientService clients;

    @Inject
    TokenIssuer issuer;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "issueToken", summary = "Get an access token (client credentials)",
            description = "OAuth 2.0 client credentials grant (RFC 6749 §4.4). Authenticate with HTTP Basic "
                    + "(client id and secret) or with `client_id` and `client_secret` form fields. The RS256 token carries "
                    + "`groups` (the client's role) and `org` (its organization's code).")
    @APIResponse(responseCode = "200", description = "The token", content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "400", description = "Unsupported grant or malformed request",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = OAuthProblem.class)))
    @APIResponse(responseCode = "401", description = "Unknown client, wrong secret, revoked client, or its organization deleted or merged away",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = OAuthProblem.class)))
    public Response token(@FormParam("grant_type") @Schema(enumeration = "client_credentials") String grantType,
                          @FormParam("client_id") @Schema(maxLength = PartnerClientView.CLIENT_ID_MAX) String clientId,
                          @FormParam("client_secret") @Schema(maxLength = PartnerClientView.SECRET_MAX) String clientSecret,
                          @HeaderParam("Authorization") String authorization) {
        if (!"client_credentials".equals(grantType)) {
            return OAuthProblem.response(ProblemType.INVALID_INPUT, "unsupported_grant_type",
                    "grant_type must be client_credentials", PATH);
        }
        String[] credentials = basic(authorization).orElse(new String[] {clientId, clientSecret});
        if (credentials[0] == null || credentials[1] == null) {
            return OAuthProblem.response(ProblemType.UNAUTHORIZED, "invalid_client",
                    "client credentials are required (HTTP Basic or client_id and client_secret)", PATH);
        }
        // No client has a longer id or secret (bcrypt would read only the first 72 bytes of a longer secret).
        Optional<PartnerClientEntity> client = credentials[0].length() > PartnerClientView.CLIENT_ID_MAX
                || credentials[1].length() > PartnerClientView.SECRET_MAX
                ? Optional.empty() : clients.authenticate(credentials[0], credentials[1]);
        if (client.isEmpty()) {
            return OAuthProblem.response(ProblemType.UNAUTHORIZED, "invalid_client",
                    "unknown client, wrong secret, or a client that was revoked", PATH);
        }
        PartnerClientEntity c = client.get();
        TokenIssuer.IssuedToken token = issuer.issue(c.clientId, c.role, clients.organizationCode(c));
        return Response.ok(new TokenResponse(token.value(), "Bearer", token.expiresInSeconds()))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store").build();
    }

    /** RFC 6749 §2.3.1: id and secret are form-urlencoded inside the Basic credentials. */
    private static Optional<String[]> basic(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return Optional.empty();
            }
            return Optional.of(new String[] {
                    java.net.URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                    java.net.URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
