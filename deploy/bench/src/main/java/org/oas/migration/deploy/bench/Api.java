package org.oas.migration.deploy.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The few calls the benches make to organizations-service, as the bootstrap admin client. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final String baseUrl;
    private String token;

    Api(HttpClient http, String baseUrl) {
        this.http = http;
        this.baseUrl = baseUrl;
    }

    /** From the same variables the service got (see stack.env). */
    static Api fromEnv(HttpClient http) {
        return new Api(http, "http://127.0.0.1:" + env("ORGANIZATIONS_PORT"));
    }

    static String env(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Environment variable " + name + " is not set");
        }
        return value;
    }

    /** An admin access token (client credentials grant); valid far longer than any bench. */
    String token() throws IOException, InterruptedException {
        if (token == null) {
            String form = "grant_type=client_credentials&client_id=" + encode(env("OAS_AUTH_BOOTSTRAP_ADMIN_CLIENT_ID"))
                    + "&client_secret=" + encode(env("OAS_AUTH_BOOTSTRAP_ADMIN_SECRET"));
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/oauth/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build();
            token = expect(200, http.send(request, HttpResponse.BodyHandlers.ofString()), "POST /oauth/token")
                    .get("access_token").asText();
        }
        return token;
    }

    /** A JSON request with the admin token, built but not sent (the latency bench sends it asynchronously). */
    HttpRequest json(String method, String path, Object body) throws IOException, InterruptedException {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token())
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
    }

    JsonNode send(String method, String path, Object body, int... expected) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(json(method, path, body), HttpResponse.BodyHandlers.ofString());
        return expect(response, method + " " + path, expected);
    }

    static JsonNode expect(int status, HttpResponse<String> response, String what) throws IOException {
        return expect(response, what, status);
    }

    private static JsonNode expect(HttpResponse<String> response, String what, int... expected) throws IOException {
        for (int status : expected) {
            if (response.statusCode() == status) {
                return JSON.readTree(response.body());
            }
        }
        throw new IOException(what + " answered " + response.statusCode() + ": " + response.body());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
