package org.oas.migration.organizations.auth.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The document's description of the JWKS answer (RFC 7517): the signing key's public half (jose4j writes it). */
@Schema(name = "JwkSet", description = "A JSON Web Key Set (RFC 7517) of the token signing keys.")
record JwkSet(@Schema(required = true, maxItems = 10) List<Jwk> keys) {

    /** Base64url without padding (RFC 7515 section 2), as the RSA parameters are written. */
    private static final String BASE64URL = "^[A-Za-z0-9_-]+$";

    @Schema(name = "Jwk", description = "An RSA public key (RFC 7517, RFC 7518 section 6.3).")
    record Jwk(
            @Schema(required = true, enumeration = "RSA") String kty,
            @Schema(description = "SHA-256 thumbprint of the key (RFC 7638), as tokens name it in `kid`", maxLength = 64,
                    pattern = BASE64URL) String kid,
            @Schema(enumeration = "sig") String use,
            @Schema(enumeration = "RS256") String alg,
            @Schema(required = true, description = "Modulus", maxLength = 2048, pattern = BASE64URL) String n,
            @Schema(required = true, description = "Public exponent", maxLength = 16, pattern = BASE64URL) String e) {
    }
}
