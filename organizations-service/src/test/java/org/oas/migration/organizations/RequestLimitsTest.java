package org.oas.migration.organizations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.oas.migration.platform.testing.RawHttp1;
import org.oas.migration.platform.testing.Tokens;

/**
 * The limits on a request's head and body answer with problems, whatever Vert.x's codec would have said: written by
 * hand on a socket, since no ordinary client sends such requests. The filters live in the platform's http-kit, so
 * this covers every service (the gateway has its own test).
 */
@QuarkusTest
@Timeout(60)
class RequestLimitsTest {

    @Test
    void aRequestTargetOverTheLimitIs414() throws IOException {
        RawHttp1.Answer answer = RawHttp1.get(RestAssured.port, "/v1/organizations?q=" + "x".repeat(5000), "");
        RawHttp1.assertProblem(answer, 414, "uri-too-long", "Request URI too long");
    }

    @Test
    void aRequestTargetOfExactlyTheLimitIsServed() throws IOException {
        String prefix = "/v1/organizations?q=";
        RawHttp1.Answer answer = RawHttp1.get(RestAssured.port, prefix + "x".repeat(4096 - prefix.length()), "");
        assertEquals(200, answer.status(), answer.body());
    }

    @Test
    void headersOverTheLimitAre431() throws IOException {
        RawHttp1.Answer answer = RawHttp1.get(RestAssured.port, "/v1/organizations", "X-Filler: " + "y".repeat(9000) + "\r\n");
        RawHttp1.assertProblem(answer, 431, "headers-too-large", "Request headers too large");
    }

    @Test
    void aChunkedBodyOverTheLimitIs413() throws IOException {
        String head = "POST /v1/organizations HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + Tokens.bearer(Tokens.admin())
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
        // The start of a JSON string that goes on for 1.1 MB (the limit is 1 MB): the reader keeps reading.
        byte[] start = "{\"code\":\"".getBytes(StandardCharsets.US_ASCII);
        RawHttp1.Answer answer = RawHttp1.exchange(RestAssured.port, head, out -> {
            out.write((Integer.toHexString(start.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(start);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            RawHttp1.chunked(1_100_000, 16 * 1024, (byte) 'x').writeTo(out);
        });
        RawHttp1.assertProblem(answer, 413, "payload-too-large", "Request body too large");
        assertEquals("close", answer.header("Connection"));
    }

    /**
     * A header line the HTTP codec cannot parse never reaches a route: Vert.x answers 400 with an empty body itself.
     * Nothing in Quarkus lets the suite write that answer (see RequestLimits); this records what it is.
     */
    @Test
    void aMalformedHeaderLineIsAnEmpty400() throws IOException {
        RawHttp1.Answer answer = RawHttp1.get(RestAssured.port, "/v1/organizations", "Bad header line\r\n");
        assertEquals(400, answer.status());
        assertEquals("", answer.body());
        assertEquals("0", answer.header("Content-Length"), answer.headers().toString());
    }
}
