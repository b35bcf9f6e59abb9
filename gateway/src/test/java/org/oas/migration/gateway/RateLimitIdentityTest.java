package org.oas.migration.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.jose4j.jwk.RsaJsonWebKey;
import org.junit.jupiter.api.Test;

/**
 * Buckets are keyed by verified identities only. In the test profile the anonymous bucket (per address) holds 20000,
 * tiny-client's 3 and any other client's 400: RateLimit-Limit says which bucket decided.
 */
@QuarkusTest
class RateLimitIdentityTest {

    private static final String ANONYMOUS = "20000";

    @Test
    void aTokenWithAForgedSignatureCountsAsAnonymous() {
        assertEquals(ANONYMOUS, limitFor("Bearer " + EdgeTest.unsignedJwt("tiny-client")));
    }

    @Test
    void anExpiredTokenCountsAsAnonymous() {
        assertEquals(ANONYMOUS, limitFor("Bearer " + Tokens.signed(key(), "tiny-client", Tokens.ISSUER, -10)));
    }

    @Test
    void aTokenFromAnotherIssuerCountsAsAnonymous() {
        assertEquals(ANONYMOUS, limitFor("Bearer " + Tokens.signed(key(), "tiny-client", "https://evil.example", 60)));
    }

    @Test
    void aKeyTheIssuerPublishesLaterIsFetchedWhenATokenNamesIt() {
        RsaJsonWebKey rotated = Tokens.newKey("rotated-" + UUID.randomUUID());
        String token = "Bearer " + Tokens.signed(rotated, "tiny-client", Tokens.ISSUER, 60);
        assertEquals(ANONYMOUS, limitFor(token), "not published yet: unverifiable");
        Tokens.publish(rotated);
        assertEquals("3", limitFor(token));
    }

    @Test
    void tokenRequestsAreLimitedPerClientIdBeforeTheService() {
        // token-client: burst 5, 1 request/s (test profile).
        String form = "grant_type=client_credentials&client_id=" + UUID.randomUUID() + "&client_secret=guess";
        Response refused = firstRefusedTokenRequest(given().contentType("application/x-www-form-urlencoded").body(form));
        refused.then().header("X-Stub-Service", nullValue()).header("RateLimit-Limit", "5");
        // Another client is not affected, and its form reaches the service whole.
        String other = "grant_type=client_credentials&client_id=" + UUID.randomUUID() + "&client_secret=guess";
        given().contentType("application/x-www-form-urlencoded").body(other).post("/oauth/token").then().statusCode(200)
                .header("X-Stub-Service", "organizations")
                .body("bodyBytes", org.hamcrest.Matchers.equalTo(other.getBytes(StandardCharsets.UTF_8).length));
    }

    @Test
    void tokenRequestsNamingTheClientInBasicCredentialsAreLimitedToo() {
        String basic = "Basic " + Base64.getEncoder().encodeToString((UUID.randomUUID() + ":guess").getBytes(StandardCharsets.UTF_8));
        Response refused = firstRefusedTokenRequest(given().header("Authorization", basic)
                .contentType("application/x-www-form-urlencoded").body("grant_type=client_credentials"));
        refused.then().header("X-Stub-Service", nullValue()).header("RateLimit-Limit", "5");
    }

    private static Response firstRefusedTokenRequest(io.restassured.specification.RequestSpecification request) {
        for (int i = 0; i < 20; i++) {
            Response response = request.post("/oauth/token");
            if (response.statusCode() == 429) {
                return response;
            }
        }
        throw new AssertionError("never limited");
    }

    private static String limitFor(String authorization) {
        return given().header("Authorization", authorization).get("/v1/countries").then().statusCode(200)
                .extract().header("RateLimit-Limit");
    }

    /** A key the stub publishes (signing with it is valid; the claims decide). */
    private static RsaJsonWebKey key() {
        RsaJsonWebKey key = Tokens.newKey("published-" + UUID.randomUUID());
        Tokens.publish(key);
        return key;
    }
}
