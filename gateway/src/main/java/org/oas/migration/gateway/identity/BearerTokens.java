package org.oas.migration.gateway.identity;

import io.vertx.core.Future;
import jakarta.enterprise.context.ApplicationScoped;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.lang.JoseException;
import org.oas.migration.gateway.config.GatewayConfig;

/**
 * Who a bearer token belongs to, once verified: RS256 signature with the issuer's published keys, `iss` and `exp`
 * (jose4j, which smallrye-jwt uses too). It only picks the rate-limit bucket; the services authorize every request
 * themselves. A token that does not verify names nobody: its caller counts as anonymous, by address.
 */
@ApplicationScoped
public class BearerTokens {

    private static final int MAX_TOKEN_LENGTH = 16 * 1024;

    private final GatewayConfig.Identity config;
    private final IssuerKeys keys;

    BearerTokens(GatewayConfig config, IssuerKeys keys) {
        this.config = config.identity();
        this.keys = keys;
    }

    /** The verified subject of the Authorization header's bearer token; null when absent or unverifiable. */
    public Future<String> subject(String authorization) {
        if (authorization == null || authorization.length() > MAX_TOKEN_LENGTH
                || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Future.succeededFuture();
        }
        String token = authorization.substring(7).trim();
        String keyId;
        try {
            keyId = JsonWebStructure.fromCompactSerialization(token).getKeyIdHeaderValue();
        } catch (JoseException e) {
            return Future.succeededFuture();
        }
        return keys.holding(keyId).map(set -> verify(token, set));
    }

    private String verify(String token, IssuerKeys.KeySet set) {
        if (set.keys().isEmpty()) {
            return null;
        }
        try {
            String subject = new JwtConsumerBuilder()
                    .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                    .setVerificationKeyResolver(new JwksVerificationKeyResolver(set.keys()))
                    .setExpectedIssuer(config.issuer())
                    .setRequireExpirationTime()
                    .setAllowedClockSkewInSeconds((int) config.clockSkew().toSeconds())
                    .setSkipDefaultAudienceValidation()
                    .build()
                    .processToClaims(token)
                    .getSubject();
            return subject == null || subject.isBlank() ? null : subject;
        } catch (InvalidJwtException | MalformedClaimException e) {
            return null;
        }
    }
}
