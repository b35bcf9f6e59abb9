package org.oas.migration.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.oas.migration.platform.testing.RawHttp1;

/**
 * The gateway refuses an over-long request target, oversize headers and a chunked body past its limit (10 MB in the
 * test profile) itself, as problems: the service sees nothing, or a reset upload, never a truncated body.
 */
@QuarkusTest
@Timeout(60)
class RequestLimitsTest {

    private static final long OVER_THE_LIMIT = 10 * 1024 * 1024 + 256 * 1024;

    @Test
    void aRequestTargetOverTheLimitIs414() throws IOException {
        RawHttp1.Answer answer = RawHttp1.get(RestAssured.port, "/v1/organizations?q=" + "x".repeat(5000), "");
        RawHttp1.assertProblem(answer, 414, "uri-too-long", "Request URI too long");
        assertNull(answer.header("X-Stub-Service"), "never forwarded");
    }

    @Test
    void headersOverTheLimitAre431() throws IOException {
        RawHttp1.Answer answer = RawHttp1.get(RestAssured.port, "/v1/organizations", "X-Filler: " + "y".repeat(9000) + "\r\n");
        RawHttp1.assertProblem(answer, 431, "headers-too-large", "Request headers too large");
        assertNull(answer.header("X-Stub-Service"), "never forwarded");
    }

    @Test
    void aRequestTargetOfExactlyTheLimitIsForwarded() throws IOException {
        // Not `q`: the stub answers a search itself; any other parameter it echoes.
        String prefix = "/v1/organizations?filler=";
        RawHttp1.Answer answer = RawHttp1.get(RestAssured.port, prefix + "x".repeat(4096 - prefix.length()), "");
        assertEquals(200, answer.status(), answer.body());
        // The stub's echo: it was forwarded, whole.
        assertEquals(4096 - "/v1/organizations?".length(), answer.json().getString("query").length(), answer.body());
        assertEquals("organizations", answer.json().getString("service"), answer.headers() + " " + answer.body());
    }

    @Test
    void aChunkedBodyOverTheLimitIs413() throws IOException {
        RawHttp1.Answer answer = postChunked(OVER_THE_LIMIT);
        RawHttp1.assertProblem(answer, 413, "payload-too-large", "Request body too large");
        assertEquals("close", answer.header("Connection"));
        assertNull(answer.header("X-Stub-Service"), "the service never answered a truncated body");
    }

    @Test
    void oversizeChunkedBodiesDoNotOpenTheServicesBreaker() throws IOException {
        // More than the breaker's window (10), all refused: none counts as a failure of programs-service.
        for (int i = 0; i < 10; i++) {
            assertEquals(413, postChunked(OVER_THE_LIMIT).status());
        }
        given().get("/v1/programs").then().statusCode(200).header("X-Stub-Service", "programs");
    }

    private static RawHttp1.Answer postChunked(long bytes) throws IOException {
        return RawHttp1.exchange(RestAssured.port, "POST /v1/imports HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n", RawHttp1.chunked(bytes, 64 * 1024, (byte) 'x'));
    }
}
