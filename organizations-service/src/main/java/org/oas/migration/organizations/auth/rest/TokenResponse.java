package org.oas.migration.organizations.auth.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 6749 section 5.1 access token response. */
@Schema(name = "TokenResponse", description = "An OAuth 2.0 access token (RFC 6749 §5.1).")
public record TokenResponse(
        @JsonProperty("access_token")
        @Schema(description = "A compact JWS (RS256); it fits the 8 KiB of request headers the API reads",
                maxLength = 8192, pattern = "^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$", example = "eyJhbGciOiJSUzI1NiIs...") String accessToken,
        @JsonProperty("token_type") @Schema(enumeration = "Bearer", example = "Bearer") String tokenType,
        @JsonProperty("expires_in") @Schema(example = "900") long expiresIn) {
}
