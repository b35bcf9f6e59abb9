package org.oas.migration.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EdgeTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void aClientOverItsQuotaGets429WithRetryAfter() {
        // tiny-client: burst 3, 1 request/s (test profile).
        String token = Tokens.bearer("tiny-client");
        List<Integer> statuses = new ArrayList<>();
        Response refused = null;
        for (int i = 0; i < 20 && refused == null; i++) {
            Response response = given().header("Authorization", token).get("/v1/countries");
            statuses.add(response.statusCode());
            if (response.statusCode() == 429) {
                refused = response;
            }
        }
        assertEquals(List.of(200, 200, 200), statuses.subList(0, 3), statuses.toString());
        assertTrue(refused != null, "never limited: " + statuses);
        refused.then().contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .header("RateLimit-Limit", "3")
                .header("RateLimit-Remaining", "0")
                .header("X-Stub-Service", nullValue())
                .body("status", equalTo(429));
        assertTrue(Integer.parseInt(refused.header("Retry-After")) >= 1);

        // Another client, and anonymous callers, are not affected.
        given().header("Authorization", Tokens.bearer("another-client")).get("/v1/countries").then().statusCode(200)
                .header("RateLimit-Limit", "400");
        given().get("/v1/countries").then().statusCode(200).header("RateLimit-Limit", "20000");
    }

    @Test
    void remainingCountsDown() {
        // counting-client: 1 request/s (test profile), so two quick requests cannot both see a full bucket.
        String token = Tokens.bearer("counting-client");
        int first = Integer.parseInt(given().header("Authorization", token).get("/v1/people").then().statusCode(200)
                .extract().header("RateLimit-Remaining"));
        int second = Integer.parseInt(given().header("Authorization", token).get("/v1/people").then().statusCode(200)
                .extract().header("RateLimit-Remaining"));
        assertTrue(second < first, first + " then " + second);
    }

    @Test
    void aPortalOriginPassesThePreflight() {
        given().header("Origin", "http://localhost:3000").header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match")
                .options("/v1/activities/a-1")
                .then().statusCode(204)
                .header("Access-Control-Allow-Origin", "http://localhost:3000")
                .header("Access-Control-Allow-Methods", containsString("PUT"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"))
                .header("Access-Control-Max-Age", "3600")
                .header("Vary", containsString("Origin"))
                .header("X-Stub-Service", nullValue());
    }

    @Test
    void aPortalOriginReadsTheAnswerAndItsHeaders() {
        given().header("Origin", "http://localhost:3000").get("/v1/organizations").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:3000")
                .header("Access-Control-Expose-Headers", containsString("RateLimit-Remaining"))
                .header("Vary", containsString("Origin"));
    }

    /** What the services answer beside the body: the IATI export's omitted count, the language of a text. */
    @Test
    void aPortalOriginReadsTheExportAndLanguageHeaders() {
        given().header("Origin", "http://localhost:3000").get("/v1/activities").then().statusCode(200)
                .header("Access-Control-Expose-Headers", containsString("IATI-Omitted-Activities"))
                .header("Access-Control-Expose-Headers", containsString("Content-Language"));
    }

    @Test
    void aPreflightFromAnUnknownOriginIsAForbiddenProblem() {
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "DELETE")
                .options("/v1/organizations/o-1")
                .then().statusCode(403).contentType(PROBLEM)
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Vary", containsString("Origin"))
                .header("X-Stub-Service", nullValue())
                .body("type", equalTo("https://api.oas.org/problems/forbidden"))
                .body("title", equalTo("Not allowed"))
                .body("status", equalTo(403))
                .body("detail", containsString("https://evil.example"));
    }

    @Test
    void aPreflightAskingForAHeaderNotAllowedNamesIt() {
        given().header("Origin", "http://localhost:3000").header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization,x-secret-thing")
                .options("/v1/organizations")
                .then().statusCode(403).contentType(PROBLEM)
                .header("Access-Control-Allow-Origin", "http://localhost:3000")
                .body("detail", containsString("x-secret-thing"));
    }

    /** A simple request is answered as usual, without CORS headers: the browser keeps the answer from the page. */
    @Test
    void aSimpleRequestFromAnUnknownOriginGetsTheAnswerWithoutCorsHeaders() {
        given().header("Origin", "https://evil.example").get("/v1/organizations").then().statusCode(200)
                .header("X-Stub-Service", "organizations")
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Vary", containsString("Origin"));
    }

    /** The management interface serves under /q: this is /q/health/live there. */
    @TestHTTPResource(value = "/health/live", management = true)
    URL managementHealth;

    @Test
    void healthIsServedOnTheManagementPortOnly() {
        given().get(managementHealth.toString()).then().statusCode(200).header("RateLimit-Limit", nullValue());
        for (String path : new String[] {"/q/health/live", "/q/health", "/q/metrics"}) {
            given().get(path).then().statusCode(404).contentType(PROBLEM)
                    .body("type", org.hamcrest.Matchers.endsWith("/not-found"));
        }
    }

    /** The management interface's /q/metrics. */
    @TestHTTPResource(value = "/metrics", management = true)
    URL managementMetrics;

    @Test
    void prometheusMetricsWithHttpServerRequestsOnTheManagementPort() {
        given().get("/v1/programs").then().statusCode(200);
        given().accept("text/plain").get(managementMetrics.toString()).then().statusCode(200)
                .contentType(containsString("text/plain"))
                .body(containsString("# TYPE http_server_requests_seconds"))
                .body(containsString("http_server_requests_seconds_count{"));
    }

    static String unsignedJwt(String subject) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(("{\"sub\":\"" + subject + "\",\"iss\":\"test\"}").getBytes(StandardCharsets.UTF_8)) + ".c2ln";
    }
}
