package org.oas.migration.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/** Access tokens as the organizations service issues them (RS256, key id), signed with keys the stub publishes. */
final class Tokens {

    /** gateway.identity.issuer in the test profile. */
    static final String ISSUER = "https://issuer.test.oas.local";
    private static final List<RsaJsonWebKey> PUBLISHED = new ArrayList<>();
    private static final RsaJsonWebKey KEY = newKey("test-key-1");

    static {
        publish(KEY);
    }

    private Tokens() {
    }

    /** What a partner gets from /oauth/token: valid for an hour. */
    static String bearer(String subject) {
        return "Bearer " + signed(KEY, subject, ISSUER, 60);
    }

    static synchronized RsaJsonWebKey newKey(String keyId) {
        try {
            RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
            key.setKeyId(keyId);
            key.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
            return key;
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds the key to the set the organizations stub serves (a key rotation at the issuer). */
    static synchronized void publish(RsaJsonWebKey key) {
        PUBLISHED.add(key);
        String keys = PUBLISHED.stream().map(k -> k.toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY)).collect(Collectors.joining(","));
        GatewayTestResource.stub("organizations").jwks("{\"keys\":[" + keys + "]}");
    }

    static String signed(RsaJsonWebKey key, String subject, String issuer, int minutesValid) {
        try {
            JwtClaims claims = new JwtClaims();
            claims.setIssuer(issuer);
            claims.setSubject(subject);
            claims.setIssuedAtToNow();
            claims.setExpirationTimeMinutesInTheFuture(minutesValid);
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(claims.toJson());
            jws.setKey(key.getPrivateKey());
            jws.setKeyIdHeaderValue(key.getKeyId());
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }
}
