package org.oas.migration.meetings;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.oas.migration.platform.testing.ManagementInterface;

/** Health and metrics are for operators: on the management interface (loopback), not on the public port. */
@QuarkusTest
class OperationsTest {

    @Test
    void healthAndMetricsAnswerOnTheManagementPort() {
        given().get(ManagementInterface.url("/health/ready")).then().statusCode(200).body("status", equalTo("UP"));
        given().get(ManagementInterface.url("/metrics")).then().statusCode(200).body(containsString("outbox_backlog_events"));
    }

    @Test
    void theMainPortServesNeitherMetricsNorHealth() {
        ManagementInterface.assertNotOnThePublicPort("/q/metrics", "/q/health", "/q/health/ready");
    }
}
