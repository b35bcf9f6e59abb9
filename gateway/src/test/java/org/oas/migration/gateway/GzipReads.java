package org.oas.migration.gateway;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * A GET offering gzip, read as the bytes arrived (the JDK client decodes nothing itself, unlike REST Assured, which
 * would hide a body compressed twice or a gzip body sent without its Content-Encoding).
 */
final class GzipReads {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private GzipReads() {
    }

    /** The answer's Content-Encoding (null when none) and its body decoded the way that header says. */
    record Answer(int status, String contentEncoding, String body) {
    }

    static Answer get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(RoutingTest.base() + path))
                .header("Accept-Encoding", "gzip").build();
        HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        String encoding = response.headers().firstValue("Content-Encoding").orElse(null);
        InputStream body = new ByteArrayInputStream(response.body());
        if ("gzip".equals(encoding)) {
            body = new GZIPInputStream(body);
        }
        try (InputStream in = body) {
            return new Answer(response.statusCode(), encoding, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
