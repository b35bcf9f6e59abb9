package org.oas.migration.programs;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.oas.migration.platform.embedded.EmbeddedPostgres;
import org.oas.migration.platform.testing.EmbeddedInfrastructure;
import org.oas.migration.platform.testing.ManagementInterface;

/** The service's self-description and health, as the gateway and operators read them. */
@QuarkusTest
class OperationsTest {

    @Test
    void theOpenApiDocumentDescribesEveryOperationWithSeedExamples() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/v1/activities'.get.operationId", equalTo("listActivities"))
                .body("paths.'/v1/activities/by-external-id/{externalId}'.put.operationId", equalTo("upsertActivity"))
                .body("paths.'/v1/activities/by-external-id/{externalId}'.put.responses", hasKey("412"))
                .body("paths.'/v1/activities/{id}/revisions'.get.operationId", equalTo("listActivityRevisions"))
                .body("paths.'/v1/programs/{idOrCode}'.patch.operationId", equalTo("patchProgram"))
                .body("paths.'/v1/imports'.post", org.hamcrest.Matchers.notNullValue())
                // The vocabularies appear as the wire spells them.
                .body("components.schemas.Theme.enum", hasItems("border-management", "migration-and-development", "emergency-response"))
                .body("components.schemas.ActivityStatus.enum", hasItems("pipeline", "finalisation", "suspended"))
                .body("components.schemas.Problem", org.hamcrest.Matchers.notNullValue())
                // the partner write's example is an IOM activity, so IOM trying it in the console is not refused
                .body("paths.'/v1/activities/by-external-id/{externalId}'.put.requestBody.content.'application/json'.examples.seed.value"
                        + ".reportingOrganization", equalTo("iom"))
                .body("paths.'/v1/programs/{idOrCode}'.get.responses.'200'.content.'application/json'.examples.seed.value.owner.code",
                        equalTo("oas"));
    }

    @Test
    void readinessNeedsTheDatabase() {
        given().get(ManagementInterface.url("/health/ready")).then().statusCode(200).body("status", equalTo("UP"));
        EmbeddedPostgres postgres = EmbeddedInfrastructure.current().postgres();
        postgres.stop();
        try {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> given().get(ManagementInterface.url("/health/ready")).statusCode() == 503);
            given().get(ManagementInterface.url("/health/ready")).then().statusCode(503).body("status", equalTo("DOWN"));
        } finally {
            postgres.start();
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().get(ManagementInterface.url("/health/ready")).statusCode() == 200);
        given().get(ManagementInterface.url("/health/ready")).then().body("status", equalTo("UP"));
    }

    @Test
    void metricsAreServedOnTheManagementPort() {
        given().get(ManagementInterface.url("/metrics")).then().statusCode(200).body(containsString("outbox_backlog_events"));
    }

    @Test
    void theMainPortServesNeitherMetricsNorHealth() {
        ManagementInterface.assertNotOnThePublicPort("/q/metrics", "/q/health", "/q/health/ready");
    }
}
