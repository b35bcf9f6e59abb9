package org.oas.migration.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

/** The test client (127.0.0.1) is no trusted proxy (gateway.trusted-proxies is empty): its forwarding headers are forged. */
@QuarkusTest
class ForwardedHeadersTest {

    @Test
    void forgedForwardingHeadersDoNotReachTheLinks() {
        given().header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Proto", "gopher")
                .post("/v1/activities")
                .then().statusCode(200)
                .header("Location", RoutingTest.PUBLIC_URL + "/v1/activities/created")
                .header("Link", "<" + RoutingTest.PUBLIC_URL + "/v1/activities?cursor=abc>; rel=\"next\"");
    }

    @Test
    void aForgedHostHeaderDoesNotReachTheLinks() {
        // The stub builds its links from the Host it is called with; this one echoes the client's X-Forwarded-Host.
        given().header("X-Stub-Link-Host", "forwarded").header("Host", "evil.example")
                .post("/v1/activities")
                .then().statusCode(200)
                .header("Location", RoutingTest.PUBLIC_URL + "/v1/activities/created");
    }

    @Test
    void theServiceGetsWhatTheGatewaySawNotWhatTheClientClaimed() {
        given().header("X-Forwarded-For", "203.0.113.9").header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "gopher").header("X-Forwarded-Port", "1")
                .header("Forwarded", "for=203.0.113.9;host=evil.example;proto=gopher")
                .get("/v1/meetings")
                .then().statusCode(200)
                .body("headers.x-forwarded-for", equalTo("127.0.0.1"))
                .body("headers.x-forwarded-proto", equalTo("http"))
                .body("headers.x-forwarded-host", equalTo("localhost:" + RestAssured.port))
                .body("headers.x-forwarded-port", nullValue())
                .body("headers.forwarded", nullValue());
    }
}
