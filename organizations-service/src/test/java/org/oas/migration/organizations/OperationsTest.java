package org.oas.migration.organizations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.oas.migration.platform.testing.ManagementInterface;

@QuarkusTest
class OperationsTest {

    @Test
    void healthAndMetricsAnswerOnTheManagementPort() {
        given().get(ManagementInterface.url("/health/ready")).then().statusCode(200).body("status", equalTo("UP"));
        given().get(ManagementInterface.url("/health/live")).then().statusCode(200);
        given().get(ManagementInterface.url("/metrics")).then().statusCode(200)
                .body(containsString("outbox_backlog_events"))
                .body(containsString("outbox_oldest_unpublished_age_seconds"));
    }

    @Test
    void theMainPortServesNeitherMetricsNorHealth() {
        ManagementInterface.assertNotOnThePublicPort("/q/metrics", "/q/health", "/q/health/live", "/q/health/ready");
    }

    @Test
    void theOpenApiDocumentStaysOnTheMainPort() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/v1/organizations"))
                .body("paths.'/v1/organizations'.get.operationId", equalTo("listOrganizations"))
                .body("paths.'/v1/organizations'.post.responses", hasKey("409"))
                .body("paths.'/v1/organizations/{idOrCode}'.put.responses", hasKey("412"))
                .body("components.schemas.Problem", notNullValue())
                .body("paths.'/oauth/token'.post.operationId", equalTo("issueToken"))
                // Examples drawn from the seed data (META-INF/openapi-examples.json)
                .body("paths.'/v1/organizations'.post.requestBody.content.'application/json'.examples.seed.value.code", equalTo("iom"))
                .body("paths.'/v1/organizations/{idOrCode}'.get.responses.'200'.content.'application/json'.examples.seed.value.acronyms.es",
                        equalTo("OIM"));
    }
}
