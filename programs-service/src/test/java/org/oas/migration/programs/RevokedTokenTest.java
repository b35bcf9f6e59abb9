package org.oas.migration.programs;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.oas.migration.platform.testing.EventWriter;
import org.oas.migration.platform.testing.Tokens;

/**
 * A token issued before its client was revoked (organizations-service's partner-client.revoked event on
 * organizations.v1) stops writing here within {@link #BOUND} of the event: 401 problem+json.
 */
@QuarkusTest
class RevokedTokenTest {

    /** The normal-case bound (event to refusal), with room for a consumer that only just joined its group. */
    private static final Duration BOUND = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** A partner organization of its own per test: its token's subject is revoked by no other test. */
    private static String partnerOrganization() {
        String code = "revoked-" + UUID.randomUUID().toString().substring(0, 8);
        Upstream.organization(code, "Revoked partner " + code, 0, null);
        return code;
    }

    private static Map<String, Object> activity(String externalId, String organization) {
        return Map.of("externalId", externalId, "reportingOrganization", organization, "status", "implementation",
                "title", Map.of("en", "Assistance to migrants in transit " + externalId));
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", Tokens.bearer(token)).contentType(ContentType.JSON);
    }

    private static Response put(String token, String organization, String externalId) {
        return as(token).body(activity(externalId, organization)).put("/v1/activities/by-external-id/" + externalId);
    }

    /** Publishes the revocation of the test partner token of {@code organization}, as organizations-service would. */
    private static void revoke(String organization) {
        UUID clientResourceId = UUID.randomUUID();
        Map<String, Object> revocation = Map.of("id", clientResourceId.toString(), "clientId", "test-partner-" + organization,
                "organizationCode", organization, "revokedAt", OffsetDateTime.now().toString());
        try (EventWriter writer = new EventWriter()) {
            writer.publish("organizations.v1", "org.oas.migration.partner-client.revoked", clientResourceId.toString(),
                    JSON.writeValueAsString(revocation));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitRefused(Supplier<Response> write) {
        await().atMost(BOUND).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> write.get().then().statusCode(401)
                .contentType("application/problem+json").body("type", equalTo("https://api.oas.org/problems/unauthorized")));
    }

    @Test
    void aRevokedClientsEarlierTokenCannotPatchAnActivity() {
        String organization = partnerOrganization();
        String token = Tokens.partner(organization);
        String id = put(token, organization, "patch-1").then().statusCode(201).extract().path("id");

        revoke(organization);

        awaitRefused(() -> as(token).contentType("application/merge-patch+json").body(Map.of("status", "closed"))
                .patch("/v1/activities/" + id));
    }

    @Test
    void aRevokedClientsEarlierTokenCannotPutAnActivity() {
        String organization = partnerOrganization();
        String token = Tokens.partner(organization);
        put(token, organization, "put-1").then().statusCode(201);

        revoke(organization);

        awaitRefused(() -> put(token, organization, "put-1"));
    }

    @Test
    void aRevokedClientsEarlierTokenCannotImport() throws Exception {
        String organization = partnerOrganization();
        String token = Tokens.partner(organization);
        byte[] line = (JSON.writeValueAsString(activity("import-1", organization)) + "\n").getBytes(StandardCharsets.UTF_8);
        as(token).contentType("application/x-ndjson").body(line).post("/v1/imports").then().statusCode(201);

        revoke(organization);

        awaitRefused(() -> as(token).contentType("application/x-ndjson").body(line).post("/v1/imports"));
    }
}
