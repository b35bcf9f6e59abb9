package org.oas.migration.deploy.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** Minimal JSON-over-HTTP client for the public API of a service (java.net.http, no extra dependency). */
final class ApiClient {

    record Response(int status, String body, JsonNode json) {
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final ObjectMapper json;
    private final String baseUrl;
    private String bearerToken;

    ApiClient(HttpClient http, ObjectMapper json, String baseUrl) {
        this.http = http;
        this.json = json;
        this.baseUrl = baseUrl;
    }

    void bearerToken(String token) {
        this.bearerToken = token;
    }

    /** Any status outside {@code accepted} (all 2xx when empty) is an {@link ApiFailure}. */
    Response send(String method, String path, JsonNode body, Map<String, String> headers, int... accepted) {
        HttpRequest.BodyPublisher publisher;
        try {
            publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT)
                .header("Accept", "application/json")
                .method(method, publisher);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        headers.forEach(request::header);
        return exchange(method, path, request.build(), accepted);
    }

    /** A text body of the given media type (an NDJSON import, say). */
    Response sendText(String method, String path, String contentType, String body, int... accepted) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT)
                .header("Accept", "application/json").header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        return exchange(method, path, request.build(), accepted);
    }

    Response postForm(String path, Map<String, String> form) {
        StringBuilder encoded = new StringBuilder();
        form.forEach((k, v) -> encoded.append(encoded.length() == 0 ? "" : "&").append(encode(k)).append('=').append(encode(v)));
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(encoded.toString()))
                .build();
        return exchange("POST", path, request);
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** For path segments: URLEncoder writes a space as '+', which only means a space in query strings. */
    static String encodeSegment(String s) {
        return encode(s).replace("+", "%20");
    }

    private Response exchange(String method, String path, HttpRequest request, int... accepted) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("No answer to " + method + " " + baseUrl + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + method + " " + path, e);
        }
        int status = response.statusCode();
        boolean ok = accepted.length == 0 ? status / 100 == 2 : contains(accepted, status);
        if (!ok) {
            throw new ApiFailure(method, path, status, response.body());
        }
        JsonNode parsed = null;
        if (!response.body().isBlank()) {
            try {
                parsed = json.readTree(response.body());
            } catch (IOException e) {
                parsed = null; // not JSON: callers that need a body fail on the missing field
            }
        }
        return new Response(status, response.body(), parsed);
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    /** A refused request: everything the user needs to see what went wrong (the body is problem+json). */
    static final class ApiFailure extends RuntimeException {
        ApiFailure(String method, String path, int status, String body) {
            super(method + " " + path + " answered " + status + (body == null || body.isBlank() ? "" : ":\n" + body));
        }
    }
}
