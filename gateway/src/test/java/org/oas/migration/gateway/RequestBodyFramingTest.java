package org.oas.migration.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Every request body reaches the service byte for byte, whatever framing the client chose. */
@QuarkusTest
@Timeout(60)
class RequestBodyFramingTest {


    private static final byte[] FORM = ("grant_type=client_credentials&client_id=framing-" + java.util.UUID.randomUUID()
            + "&client_secret=s3cr%C3%A9t").getBytes(StandardCharsets.UTF_8);
    private static final List<byte[]> NDJSON = List.of(
            "{\"externalId\":\"a-1\",\"title\":{\"en\":\"First\"}}\n".getBytes(StandardCharsets.UTF_8),
            "{\"externalId\":\"a-2\",\"title\":{\"es\":\"Segunda línea\"}}\n".getBytes(StandardCharsets.UTF_8));
    private static final String CHUNKED = "Transfer-Encoding: chunked\r\n\r\n";

    @Test
    void aFormFromTheDefaultJdkClientArrivesWhole() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(RoutingTest.base() + "/oauth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofByteArray(FORM)).build();
        HttpResponse<String> response = defaultClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        assertReceived(FORM, response.body());
    }

    @Test
    void aChunkedNdjsonUploadFromTheDefaultJdkClientArrivesWhole() throws Exception {
        byte[] body = concat(NDJSON);
        HttpRequest request = HttpRequest.newBuilder(URI.create(RoutingTest.base() + "/v1/imports?format=ndjson"))
                .header("Content-Type", "application/x-ndjson")
                // A stream of unknown length: sent chunked.
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        HttpResponse<String> response = defaultClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        assertReceived(body, response.body());
    }

    @Test
    void bodilessGetsOnOneConnectionOfTheDefaultJdkClientAreAllAnswered() throws Exception {
        // As a generated Java client sends them: the first offers the h2c upgrade, the next are HTTP/2 streams that end
        // before the gateway looks at their body.
        HttpClient client = defaultClient();
        for (int i = 0; i < 3; i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(RoutingTest.base() + "/v1/meetings/m-1"))
                    .method("GET", HttpRequest.BodyPublishers.noBody()).build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), "GET " + (i + 1) + " over " + response.version() + ": " + response.body());
        }
    }

    @Test
    void anHttp11BodyWithAContentLengthArrivesWhole() throws Exception {
        assertArrivesOverHttp1(head("/oauth/token", "application/x-www-form-urlencoded") + fixedLength(FORM), FORM, FORM);
    }

    @Test
    void anHttp11ChunkedBodyArrivesWhole() throws Exception {
        assertArrivesOverHttp1(head("/v1/imports", "application/x-ndjson") + CHUNKED, chunked(NDJSON), concat(NDJSON));
    }

    @Test
    void aFormOfferingTheH2cUpgradeArrivesWhole() throws Exception {
        assertArrivesOverHttp1(head("/oauth/token", "application/x-www-form-urlencoded") + upgradeOffer() + fixedLength(FORM),
                FORM, FORM);
    }

    @Test
    void aChunkedBodyOfferingTheH2cUpgradeArrivesWhole() throws Exception {
        assertArrivesOverHttp1(head("/v1/imports", "application/x-ndjson") + upgradeOffer() + CHUNKED, chunked(NDJSON),
                concat(NDJSON));
    }

    @Test
    void anHttp2PriorKnowledgeBodyWithoutALengthArrivesWhole() throws Exception {
        try (RawHttp http = new RawHttp(RestAssured.port)) {
            RawHttp.Answer answer = http.http2(http2Head("/v1/imports", "application/x-ndjson"), NDJSON);
            assertReceived(concat(NDJSON), answer.body());
        }
    }

    @Test
    void anHttp2PriorKnowledgeBodyWithALengthArrivesWhole() throws Exception {
        try (RawHttp http = new RawHttp(RestAssured.port)) {
            Map<String, String> headers = http2Head("/oauth/token", "application/x-www-form-urlencoded");
            headers.put("content-length", Integer.toString(FORM.length));
            RawHttp.Answer answer = http.http2(headers, List.of(FORM));
            assertReceived(FORM, answer.body());
        }
    }

    /** Written as given on a fresh connection; answered in HTTP/1.1, or in HTTP/2 when the upgrade is accepted. */
    private static void assertArrivesOverHttp1(String head, byte[] body, byte[] expected) throws Exception {
        try (RawHttp http = new RawHttp(RestAssured.port)) {
            RawHttp.Answer answer = http.http1(head, body);
            assertReceived(expected, answer.body());
        }
    }

    private static String fixedLength(byte[] body) {
        return "Content-Length: " + body.length + "\r\n\r\n";
    }

    private static byte[] chunked(List<byte[]> chunks) {
        return RawHttp.chunked(chunks).getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * The JDK client as an application gets it: HTTP/2 preferred, so on http:// it offers the h2c upgrade. A new one per
     * test: its first request on a new connection is the one that carries the upgrade offer.
     */
    private static HttpClient defaultClient() {
        return HttpClient.newHttpClient();
    }

    private static String head(String path, String contentType) {
        return "POST " + path + " HTTP/1.1\r\nHost: localhost:" + RestAssured.port + "\r\nContent-Type: " + contentType + "\r\n";
    }

    /** The headers curl --http2 and the JDK client add to offer HTTP/2 (RFC 7540 section 3.2). */
    private static String upgradeOffer() {
        return "Connection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\nHTTP2-Settings: " + RawHttp.UPGRADE_SETTINGS + "\r\n";
    }

    private static Map<String, String> http2Head(String path, String contentType) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(":method", "POST");
        headers.put(":scheme", "http");
        headers.put(":path", path);
        headers.put(":authority", "localhost:" + RestAssured.port);
        headers.put("content-type", contentType);
        return headers;
    }

    /** The stub's echo: how many bytes it got, and their CRC. */
    private static void assertReceived(byte[] sent, String echo) {
        CRC32 crc = new CRC32();
        crc.update(sent);
        JsonPath received = JsonPath.from(echo);
        assertEquals(sent.length, received.getLong("bodyBytes"), echo);
        assertEquals(crc.getValue(), received.getLong("bodyCrc"), echo);
    }

    private static byte[] concat(List<byte[]> parts) {
        return parts.stream().reduce(new byte[0], (a, b) -> {
            byte[] joined = new byte[a.length + b.length];
            System.arraycopy(a, 0, joined, 0, a.length);
            System.arraycopy(b, 0, joined, a.length, b.length);
            return joined;
        });
    }
}
