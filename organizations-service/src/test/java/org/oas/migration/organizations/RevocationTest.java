package org.oas.migration.organizations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.oas.migration.organizations.Fixtures.asAdmin;
import static org.oas.migration.organizations.Fixtures.uniqueCode;
import static org.oas.migration.organizations.OrganizationBody.organization;
import static org.oas.migration.platform.testing.EventReader.typeAndSubject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oas.migration.platform.testing.EventReader;
import org.oas.migration.platform.testing.Tokens;

/**
 * Revoking a client, or deleting or merging its organization, ends the client: no new token, and the tokens it holds
 * stop writing here at once (the revocation is recorded in the same transaction) and elsewhere through the event.
 */
@QuarkusTest
class RevocationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String REVOKED = "org.oas.migration.partner-client.revoked";

    private static String liveOrganization(String prefix) {
        String code = uniqueCode(prefix);
        organization(code).create();
        return code;
    }

    private static io.restassured.response.Response patchWebsite(String token, String code) {
        return given().header("Authorization", Tokens.bearer(token)).contentType("application/merge-patch+json")
                .body(Map.of("website", "https://" + code + ".example.org")).patch("/v1/organizations/" + code);
    }

    @Test
    void aRevokedClientsEarlierTokenNoLongerWrites() {
        String code = liveOrganization("iom");
        PartnerClients client = PartnerClients.register(code);
        String token = client.token();

        asAdmin().delete("/v1/partner-clients/" + client.clientId()).then().statusCode(204);

        patchWebsite(token, code).then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("https://api.oas.org/problems/unauthorized")).body("status", equalTo(401));
    }

    @Test
    void aDeletedOrganizationsClientGetsNoToken() {
        String code = liveOrganization("unhcr");
        PartnerClients client = PartnerClients.register(code);

        asAdmin().delete("/v1/organizations/" + code).then().statusCode(204);

        client.requestToken().then().statusCode(401).contentType("application/problem+json")
                .body("error", equalTo("invalid_client")).body("type", equalTo("https://api.oas.org/problems/unauthorized"));
    }

    @Test
    void aMergedOrganizationsClientGetsNoToken() {
        String merged = liveOrganization("dec");
        String survivor = liveOrganization("dhdec");
        PartnerClients client = PartnerClients.register(merged);

        asAdmin().body(Map.of("into", survivor)).post("/v1/organizations/" + merged + "/merge").then().statusCode(200);

        client.requestToken().then().statusCode(401).body("error", equalTo("invalid_client"));
    }

    @Test
    void aRevocationIsPublishedWithTheClientItsOrganizationAndTheTime() throws Exception {
        String code = liveOrganization("ilo");
        PartnerClients client = PartnerClients.register(code);
        OffsetDateTime before = OffsetDateTime.now().minusSeconds(1);

        asAdmin().delete("/v1/partner-clients/" + client.id()).then().statusCode(204);

        try (EventReader reader = new EventReader("organizations.v1")) {
            var event = reader.await(typeAndSubject(REVOKED, client.id()), WAIT);
            assertEquals(client.id(), event.key());
            JsonNode payload = JSON.readTree(event.value());
            assertEquals(client.clientId(), payload.get("clientId").asText());
            assertEquals(code, payload.get("organizationCode").asText());
            assertNotNull(payload.get("revokedAt"));
            assertEquals(true, OffsetDateTime.parse(payload.get("revokedAt").asText()).isAfter(before));
        }
    }

    @Test
    void deletingAnOrganizationPublishesTheRevocationOfItsClients() throws Exception {
        String code = liveOrganization("unfpa");
        PartnerClients client = PartnerClients.register(code);

        asAdmin().delete("/v1/organizations/" + code).then().statusCode(204);

        try (EventReader reader = new EventReader("organizations.v1")) {
            JsonNode payload = JSON.readTree(reader.await(typeAndSubject(REVOKED, client.id()), WAIT).value());
            assertEquals(client.clientId(), payload.get("clientId").asText());
            assertEquals(code, payload.get("organizationCode").asText());
        }
    }
}
