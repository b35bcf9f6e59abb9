package org.oas.migration.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class RoutingTest {

    /** HTTP/1.1: the JDK client would otherwise try an h2c upgrade. */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    /** gateway.public-url in the test profile. */
    static final String PUBLIC_URL = "https://api.test.oas.local";

    @ParameterizedTest
    @CsvSource({
            "GET, /v1/organizations, organizations", "GET, /v1/organizations/iom, organizations",
            "DELETE, /v1/people/42, organizations", "GET, /v1/countries/HN, organizations",
            "POST, /v1/partner-clients, organizations", "POST, /oauth/token, organizations",
            "PATCH, /v1/webhooks/w-1, organizations",
            "GET, /.well-known/jwks.json, organizations",
            "GET, /v1/meetings, meetings", "PUT, /v1/resolutions/r-1, meetings", "PATCH, /v1/documents/d-1, meetings",
            "GET, /v1/programs, programs", "PUT, /v1/activities/by-external-id/e-1, programs", "POST, /v1/imports, programs"})
    void everyPrefixReachesItsService(String method, String path, String service) {
        // Sent as written (no second encoding), so the test sees whether the gateway re-encodes the query.
        given().urlEncodingEnabled(false).body("{\"hello\":\"" + path + "\"}").contentType("application/json")
                .request(method, path + "?lang=es&sort=a%20b")
                .then().statusCode(200)
                .header("X-Stub-Service", service)
                .body("service", equalTo(service))
                .body("method", equalTo(method))
                .body("path", equalTo(path))
                .body("query", equalTo("lang=es&sort=a%20b"))
                .body("bodyBytes", equalTo(("{\"hello\":\"" + path + "\"}").length()));
    }

    @Test
    void aPathOutsideEveryPrefixIsNotForwarded() {
        given().get("/v1/organizationsx").then().statusCode(404).header("X-Stub-Service", nullValue());
    }

    @Test
    void headersAreForwardedWithXForwardedAndATraceparent() {
        Response response = given().header("X-Custom", "kept").header("Authorization", "Bearer abc")
                .get("/v1/meetings/m-1");
        response.then().statusCode(200)
                .body("headers.x-custom", equalTo("kept"))
                .body("headers.authorization", equalTo("Bearer abc"))
                .body("headers.x-forwarded-for", equalTo("127.0.0.1"))
                .body("headers.x-forwarded-proto", equalTo("http"))
                .body("headers.x-forwarded-host", equalTo("localhost:" + RestAssured.port))
                .body("headers.host", equalTo(URI.create(GatewayTestResource.stub("meetings").url()).getAuthority()))
                .body("headers.traceparent", matchesPattern("00-[0-9a-f]{32}-[0-9a-f]{16}-01"));
    }

    @Test
    void theClientsTraceContinuesWithTheGatewaysSpanAsTheParent() {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        given().header("traceparent", traceparent).header("tracestate", "vendor=1").get("/v1/programs")
                .then().statusCode(200)
                .body("headers.traceparent", matchesPattern("00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-01"))
                .body("headers.traceparent", org.hamcrest.Matchers.not(equalTo(traceparent)))
                .body("headers.tracestate", equalTo("vendor=1"));
    }

    @Test
    void theServicesStatusAndHeadersComeBackWithSecurityHeaders() {
        given().header("X-Stub-Status", "418").post("/v1/activities")
                .then().statusCode(418)
                .header("X-Stub-Service", "programs")
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", "DENY")
                .header("RateLimit-Limit", notNullValue())
                // Links the service made with its own address point at the gateway's public URL (test profile).
                .header("Location", PUBLIC_URL + "/v1/activities/created")
                .header("Link", "<" + PUBLIC_URL + "/v1/activities?cursor=abc>; rel=\"next\"")
                .body("service", equalTo("programs"));
    }

    @Test
    @Timeout(120)
    void aLargeUploadIsStreamedThroughWhole() throws Exception {
        int lines = 100_000;
        CRC32 expected = new CRC32();
        long[] size = {0};
        for (int i = 0; i < lines; i++) {
            byte[] line = line(i);
            expected.update(line);
            size[0] += line.length;
        }
        // No Content-Length: the body goes chunked, as a partner's streaming upload would.
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + "/v1/imports?format=ndjson"))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new NdjsonStream(lines)))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        Map<String, Object> echo = io.restassured.path.json.JsonPath.from(response.body()).getMap("");
        assertEquals(size[0], ((Number) echo.get("bodyBytes")).longValue());
        assertEquals(expected.getValue(), ((Number) echo.get("bodyCrc")).longValue());
    }

    @Test
    @Timeout(120)
    void aLargeDownloadIsStreamedBack() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + "/v1/imports/i-1/lines?count=100000")).build();
        HttpResponse<InputStream> response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        long count;
        String last = null;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            count = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                count++;
                last = line;
            }
        }
        assertEquals(100_000, count);
        assertEquals("{\"line\":99999}", last);
    }

    @Test
    void aServicesGzippedAnswerArrivesCompressedOnceAndLabelled() throws Exception {
        GzipReads.Answer answer = GzipReads.get("/v1/meetings/m-1/gzipped");
        assertEquals(200, answer.status());
        assertEquals("gzip", answer.contentEncoding());
        assertEquals("{\"service\":\"meetings\",\"compressed\":true}", answer.body());
    }

    @Test
    void aServicesUncompressedAnswerIsRelayedAsItCame() throws Exception {
        GzipReads.Answer answer = GzipReads.get("/v1/meetings/m-1");
        assertEquals(200, answer.status());
        assertNull(answer.contentEncoding());
        assertEquals("meetings", new JsonObject(answer.body()).getString("service"));
    }

    @Test
    void aServiceDownAnswers503ForItsPathsOnly() {
        StubService meetings = GatewayTestResource.stub("meetings");
        meetings.stop();
        try {
            for (String path : new String[] {"/v1/meetings", "/v1/resolutions/r-1", "/v1/documents", "/v1/meetings"}) {
                given().get(path).then().statusCode(503)
                        .contentType("application/problem+json")
                        .header("Retry-After", notNullValue())
                        .body("status", equalTo(503))
                        .body("detail", startsWith("The meetings service"));
            }
            given().get("/v1/organizations").then().statusCode(200).body("service", equalTo("organizations"));
            given().get("/v1/activities").then().statusCode(200).body("service", equalTo("programs"));
            // Enough failures in the breaker's window (10 calls, half failing): it opens and answers without trying.
            for (int i = 0; i < 10; i++) {
                given().get("/v1/meetings");
            }
            given().get("/v1/meetings").then().statusCode(503).header("Retry-After", "1")
                    .body("detail", equalTo("The meetings service failed repeatedly; calls are paused for a moment."));
        } finally {
            meetings.start();
        }
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15))
                .untilAsserted(() -> given().get("/v1/meetings").then().statusCode(200));
    }

    static String base() {
        return "http://localhost:" + RestAssured.port;
    }

    private static byte[] line(int i) {
        return ("{\"externalId\":\"imp-" + i + "\",\"title\":{\"en\":\"Activity number " + i + " of a large import\"}}\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Generates the NDJSON lines as they are read: the test never holds the whole body either. */
    private static final class NdjsonStream extends InputStream {
        private final int lines;
        private int next;
        private byte[] current = new byte[0];
        private int position;

        NdjsonStream(int lines) {
            this.lines = lines;
        }

        @Override
        public int read() {
            if (position == current.length) {
                if (next == lines) {
                    return -1;
                }
                current = line(next++);
                position = 0;
            }
            return current[position++] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            int count = 0;
            while (count < length) {
                int b = read();
                if (b < 0) {
                    return count == 0 ? -1 : count;
                }
                buffer[offset + count++] = (byte) b;
            }
            return count;
        }
    }
}
