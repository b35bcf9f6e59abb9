package org.oas.migration.platform.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

/** Bearer tokens for tests: valid ones signed with the test key, and every kind the services must refuse. */
public final class Tokens {

    private Tokens() {
    }

    public static String admin() {
        return sign(claims("test-admin", "admin", "oas"));
    }

    public static String partner(String organizationCode) {
        return sign(claims("test-partner-" + organizationCode, "partner", organizationCode));
    }

    public static String expired() {
        return sign(claims("test-admin", "admin", "oas").issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600)));
    }

    /** Well-formed and RS256, but signed by a key the service does not trust. */
    public static String forged() {
        return claims("test-admin", "admin", "oas").jws().keyId("forged").sign(otherKey().getPrivate());
    }

    /** An unsigned token ({@code alg: none}) claiming admin. */
    public static String unsigned() {
        String header = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        long now = Instant.now().getEpochSecond();
        String payload = base64("{\"iss\":\"" + EmbeddedInfrastructure.ISSUER + "\",\"sub\":\"test-admin\",\"groups\":[\"admin\"],"
                + "\"org\":\"oas\",\"iat\":" + now + ",\"exp\":" + (now + 600) + "}");
        return header + "." + payload + ".";
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    private static JwtClaimsBuilder claims(String subject, String role, String org) {
        return Jwt.issuer(EmbeddedInfrastructure.ISSUER).subject(subject).groups(Set.of(role)).claim("org", org)
                .issuedAt(Instant.now()).expiresIn(600);
    }

    private static String sign(JwtClaimsBuilder claims) {
        return claims.jws().sign(EmbeddedInfrastructure.current().keys().pair().getPrivate());
    }

    private static KeyPair otherKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
