package org.oas.migration.platform.testing;

import io.quarkus.test.common.http.TestHTTPResourceManager;
import io.restassured.RestAssured;
import org.hamcrest.Matchers;

/**
 * Where the service under test serves health and metrics: Quarkus's management interface, on a port of its own
 * chosen at start ({@code quarkus.management.test-port=0}), under {@code /q}. The public port answers 404 there.
 */
public final class ManagementInterface {

    private ManagementInterface() {
    }

    /** {@code path} under the management root, e.g. {@code url("/health/ready")}. */
    public static String url(String path) {
        String base = TestHTTPResourceManager.getManagementUri().replaceAll("/+$", "");
        return (base.endsWith("/q") ? base : base + "/q") + path;
    }

    /** Each of these paths is a 404 not-found problem on the public port (RestAssured's), with nothing of the metrics. */
    public static void assertNotOnThePublicPort(String... paths) {
        for (String path : paths) {
            RestAssured.given().get(path).then().statusCode(404).contentType("application/problem+json")
                    .body("type", Matchers.endsWith("/not-found")).body("status", Matchers.equalTo(404))
                    .body(Matchers.not(Matchers.containsString("outbox_backlog_events")));
        }
    }
}
