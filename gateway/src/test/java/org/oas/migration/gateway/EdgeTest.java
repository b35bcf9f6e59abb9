package org.oas.migration.gateway;

import static io.restassured.RestAssured.given;
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
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:3000")
                .header("X-Stub-Service", nullValue());
        given().header("Origin", "http://localhost:3000").get("/v1/organizations").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:3000")
                .header("Access-Control-Expose-Headers", org.hamcrest.Matchers.containsString("RateLimit-Remaining"));
    }

    @Test
    void anUnknownOriginIsNotAllowed() {
        Response response = given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "DELETE")
                .options("/v1/organizations/o-1");
        assertTrue(response.header("Access-Control-Allow-Origin") == null, response.headers().toString());
    }

    /** The management interface serves under /q: this is /q/health/live there. */
    @TestHTTPResource(value = "/health/live", management = true)
    URL managementHealth;

    @Test
    void healthIsServedOnTheManagementPortOnly() {
        given().get(managementHealth.toString()).then().statusCode(200).header("RateLimit-Limit", nullValue());
        given().get("/q/health/live").then().statusCode(404);
    }

    static String unsignedJwt(String subject) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(("{\"sub\":\"" + subject + "\",\"iss\":\"test\"}").getBytes(StandardCharsets.UTF_8)) + ".c2ln";
    }
}
