package org.oas.migration.deploy.e2e;

import static io.restassured.RestAssured.given;
import static org.oas.migration.deploy.e2e.GatewayClient.as;
import static org.oas.migration.deploy.e2e.GatewayClient.token;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import org.oas.migration.platform.testing.contract.ResponseContract;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The suite as its users meet it: only the gateway's address. An admin registers an organization and a partner
 * client for it; the partner gets a token and pushes an activity implementing a resolution paragraph; then
 * programs-service shows the organization's name (its projection of the registry), meetings-service shows the
 * activity under the paragraph (its projection of programs.v1), and the change feed carries every step.
 */
@ExtendWith(SharedStack.class)
class ThroughTheGatewayTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final Duration PROPAGATION = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static LocalStackProcess stack;

    @BeforeAll
    static void useStack(LocalStackProcess shared) {
        stack = shared;
        RestAssured.baseURI = stack.gateway();
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        RestAssured.replaceFiltersWith(ResponseContract.failingOn("/q/openapi"));
    }

    @Test
    void aPartnerPushesAnActivityAndEveryContextReflectsIt() throws Exception {
        JsonNode admin = JSON.readTree(stack.adminCredential().toFile());
        String adminToken = token(admin.get("clientId").asText(), admin.get("clientSecret").asText());

        String code = "e2e-" + RUN;
        String organizationId = as(adminToken).body("{\"code\":\"" + code + "\",\"type\":\"international-organization\","
                        + "\"names\":{\"en\":\"End-to-end Partner " + RUN + "\",\"es\":\"Socio de prueba " + RUN + "\"}}")
                .post("/v1/organizations").then().statusCode(201).header("Location", notNullValue())
                .extract().path("id");

        Response client = as(adminToken).body("{\"organizationCode\":\"" + code + "\",\"name\":\"E2E feed\",\"role\":\"partner\"}")
                .post("/v1/partner-clients");
        client.then().statusCode(201).body("organizationCode", equalTo(code));
        String partnerToken = token(client.path("clientId"), client.path("clientSecret"));

        // The resolution's adopting body is the new organization: meetings-service must have it in its directory first.
        String symbol = "AG/RES. " + (9000 + Math.abs(RUN.hashCode()) % 999) + " (XLIV-O/14)";
        Response resolution = await().atMost(PROPAGATION).pollInterval(Duration.ofMillis(250)).until(() -> as(adminToken)
                .body("{\"symbol\":\"" + symbol + "\",\"title\":{\"en\":\"Migrant Populations\"},\"bodyCode\":\"" + code
                        + "\",\"status\":\"adopted\",\"operative\":[{\"number\":\"1\",\"text\":{\"en\":\"To request a course\"}}]}")
                .post("/v1/resolutions"), r -> r.statusCode() == 201);
        String resolutionId = resolution.path("id");
        String paragraphId = resolution.path("operative[0].id");

        // The partner pushes an activity as soon as programs-service knows the organization and the resolution.
        String activity = "{\"externalId\":\"e2e-1\",\"reportingOrganization\":\"" + code + "\",\"title\":{\"en\":\"Course on the "
                + "human rights of migrants\"},\"status\":\"implementation\",\"plannedStart\":\"2014-04\",\"recipientCountries\":[\"HN\",\"SV\"],"
                + "\"themes\":[\"human-rights\"],\"mandates\":[{\"resolution\":\"" + symbol.toLowerCase() + "\",\"paragraph\":\"1\"}]}";
        Response pushed = await().atMost(PROPAGATION).pollInterval(Duration.ofMillis(250)).until(() -> as(partnerToken).body(activity)
                .put("/v1/activities/by-external-id/e2e-1"), r -> r.statusCode() == 201);
        String activityId = pushed.path("id");
        pushed.then().header("Location", notNullValue()).body("reportingOrganization.code", equalTo(code))
                .body("mandates[0].resolution", equalTo(symbol)).body("mandates[0].paragraphId", equalTo(paragraphId));

        // Programs: the registry's name, through its projection.
        given().get("/v1/activities/" + activityId).then().statusCode(200).header("ETag", notNullValue())
                .body("reportingOrganization.id", equalTo(organizationId))
                .body("reportingOrganization.name.en", equalTo("End-to-end Partner " + RUN));
        // A partner cannot write for another organization.
        as(partnerToken).body(activity.replace("\"reportingOrganization\":\"" + code + "\"", "\"reportingOrganization\":\"oas\""))
                .put("/v1/activities/by-external-id/e2e-1").then().statusCode(403).contentType("application/problem+json");

        // Meetings: the activity under its paragraph, through the projection of programs.v1.
        await().atMost(PROPAGATION).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().get("/v1/resolutions/" + resolutionId + "/implementation").then().statusCode(200)
                        .body("paragraphs[0].activities.id", equalTo(List.of(activityId))));

        // The change feed: the organization, the resolution and the activity, each under its id.
        for (String subject : List.of(organizationId, resolutionId, activityId)) {
            await().atMost(PROPAGATION).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                    given().queryParam("subject", subject).get("/v1/changes").then().statusCode(200)
                            .body("items.subject", hasItem(subject)));
        }
        given().queryParam("subject", activityId).get("/v1/changes").then()
                .body("items[0].type", equalTo("org.oas.migration.activity.created"))
                .body("items[0].data.externalId", equalTo("e2e-1"));
    }
}
