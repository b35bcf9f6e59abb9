package org.oas.migration.organizations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.oas.migration.organizations.Fixtures.asAdmin;
import static org.oas.migration.organizations.Fixtures.create;
import static org.oas.migration.organizations.Fixtures.uniqueCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** An admin registers a partner client; the client gets RS256 tokens that carry its organization and work. */
@QuarkusTest
class PartnerClientAndTokenTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Response register(String org) {
        return asAdmin().body("{\"organizationCode\":\"" + org + "\",\"name\":\"Feed of " + org + "\",\"role\":\"partner\"}")
                .post("/v1/partner-clients");
    }

    private static Response token(String clientId, String secret) {
        return given().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "client_credentials").formParam("client_id", clientId).formParam("client_secret", secret)
                .post("/oauth/token");
    }

    @Test
    void registeredPartnerGetsAWorkingTokenForItsOrganization() throws Exception {
        String org = uniqueCode("iom");
        create(org, "international-organization", "IOM", "OIM", null);
        Response registered = register(org);
        registered.then().statusCode(201).body("clientSecret", notNullValue()).body("organizationCode", equalTo(org))
                .body("clientId", startsWith("pc-" + org));
        String clientId = registered.path("clientId");
        String secret = registered.path("clientSecret");

        given().header("Authorization", "Bearer " + org).get("/v1/partner-clients/" + clientId).then().statusCode(401);
        asAdmin().get("/v1/partner-clients/" + clientId).then().statusCode(200).body("$", not(hasKey("clientSecret")))
                .body("$", not(hasKey("secretHash")));

        Response token = token(clientId, secret);
        token.then().statusCode(200).header("Cache-Control", "no-store").body("token_type", equalTo("Bearer"))
                .body("expires_in", equalTo(900));
        String accessToken = token.path("access_token");
        JsonNode header = decode(accessToken, 0);
        JsonNode claims = decode(accessToken, 1);
        assertEquals("RS256", header.get("alg").asText());
        assertEquals(org, claims.get("org").asText());
        assertEquals("partner", claims.get("groups").get(0).asText());
        assertEquals(clientId, claims.get("sub").asText());

        String kid = header.get("kid").asText();
        given().get("/.well-known/jwks.json").then().statusCode(200)
                .body("keys[0].kid", equalTo(kid)).body("keys[0].kty", equalTo("RSA")).body("keys[0].alg", equalTo("RS256"))
                .body("keys[0]", not(hasKey("d")));

        given().header("Authorization", "Bearer " + accessToken).contentType("application/merge-patch+json")
                .body("{\"website\":\"https://partner.example.org\"}").patch("/v1/organizations/" + org)
                .then().statusCode(200).body("website", equalTo("https://partner.example.org"));
    }

    @Test
    void basicAuthenticationWorksToo() {
        String org = uniqueCode("eclac");
        create(org, "un-entity", "ECLAC", "CEPAL", null);
        Response registered = register(org);
        String basic = Base64.getEncoder().encodeToString((registered.path("clientId") + ":" + registered.path("clientSecret"))
                .getBytes(StandardCharsets.UTF_8));
        given().header("Authorization", "Basic " + basic).contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "client_credentials").post("/oauth/token").then().statusCode(200)
                .body("access_token", notNullValue());
    }

    @Test
    void wrongSecretUnknownClientAndWrongGrantAreRefused() {
        String org = uniqueCode("ilo");
        create(org, "un-entity", "ILO", "OIT", null);
        String clientId = register(org).path("clientId");
        token(clientId, "wrong").then().statusCode(401).contentType("application/problem+json")
                .body("error", equalTo("invalid_client")).header("WWW-Authenticate", containsString("Basic"));
        token("pc-nobody-00000000", "wrong").then().statusCode(401).body("error", equalTo("invalid_client"));
        given().contentType("application/x-www-form-urlencoded").formParam("grant_type", "password")
                .post("/oauth/token").then().statusCode(400).body("error", equalTo("unsupported_grant_type"));
    }

    @Test
    void rotatedAndRevokedSecretsStopWorking() {
        String org = uniqueCode("unfpa");
        create(org, "un-entity", "UNFPA", "UNFPA", null);
        Response registered = register(org);
        String clientId = registered.path("clientId");
        String oldSecret = registered.path("clientSecret");
        String newSecret = asAdmin().post("/v1/partner-clients/" + clientId + "/secret").then().statusCode(200)
                .extract().path("clientSecret");
        token(clientId, oldSecret).then().statusCode(401);
        token(clientId, newSecret).then().statusCode(200);
        asAdmin().delete("/v1/partner-clients/" + clientId).then().statusCode(204);
        token(clientId, newSecret).then().statusCode(401);
    }

    @Test
    void partnerClientsNeedALiveOrganization() {
        asAdmin().body("{\"organizationCode\":\"no-such-org\",\"name\":\"X\",\"role\":\"partner\"}").post("/v1/partner-clients")
                .then().statusCode(400).body("errors[0].field", equalTo("organizationCode"));
        asAdmin().body("{\"name\":\"X\",\"role\":\"superuser\"}").post("/v1/partner-clients")
                .then().statusCode(400).body("errors[0].field", equalTo("role"));
    }

    private static JsonNode decode(String jwt, int part) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[part]));
    }
}
