package org.oas.migration.deploy.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile input derived from the merged OpenAPI document ({@code /q/openapi} of the gateway), for every operation:
 * {@link HostileInputs} makes each parameter and the body wrong in every way its schema allows, sent through the
 * gateway as an admin (past authorization) and, for writes, anonymously. Every answer must be below 500, every 4xx
 * problem+json with no internal names ({@link ProblemCheck}), and nothing may be stored: the collections and the
 * change feed read the same after the sweep as before. All failures are reported together, so one run shows them all.
 */
@ExtendWith(SharedStack.class)
class HostileInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CONCURRENCY = 4;
    private static final int SHOWN_BODY = 300;
    /** Each service's body limit (quarkus.http.limits.max-body-size), by the path prefixes it owns. */
    private static final Map<String, Long> BODY_LIMITS = Map.of(
            "/v1/organizations", 1L << 20, "/v1/people", 1L << 20, "/v1/countries", 1L << 20,
            "/v1/partner-clients", 1L << 20, "/oauth", 1L << 20);
    private static final long DEFAULT_BODY_LIMIT = 2L << 20;

    private static LocalStackProcess stack;
    private static HttpClient http;

    @BeforeAll
    static void useStack(LocalStackProcess shared) {
        stack = shared;
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }

    @Test
    void everyOperationRefusesHostileInputWithAProblemAndStoresNothing() throws Exception {
        JsonNode document = JSON.readTree(get("/q/openapi?format=json", Map.of()).body());
        ApiContract contract = new ApiContract(document);
        List<ApiContract.Operation> operations = contract.operations();
        String token = adminToken();
        Map<String, String> auth = Map.of("Authorization", "Bearer " + token);
        Fixtures fixtures = new Fixtures(contract, operations, auth);
        fixtures.create();

        List<Probe> probes = new ArrayList<>();
        List<String> shallow = new ArrayList<>();
        long seed = 42;
        for (ApiContract.Operation operation : operations) {
            Map<String, String> pathValues = fixtures.pathValues(operation);
            if (pathValues.containsValue(Fixtures.UNKNOWN)) {
                shallow.add(operation.toString());
                pathValues.replaceAll((k, v) -> v.equals(Fixtures.UNKNOWN) ? UUID.randomUUID().toString() : v);
            }
            Map<String, String> headers = new LinkedHashMap<>(auth);
            fixtures.entityTag(operation, pathValues).ifPresent(tag -> headers.put("If-Match", tag));
            probes.addAll(new HostileInputs(contract, operation, pathValues, headers, bodyLimit(operation.path()), seed++).probes());
        }

        StoredState before = StoredState.read(this, operations, auth);
        long started = System.nanoTime();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (Probe probe : probes) {
                sent.add(pool.submit(() -> {
                    ProblemCheck.Answer answer = send(probe);
                    statuses.computeIfAbsent(answer.status(), s -> new AtomicInteger()).incrementAndGet();
                    ProblemCheck.failure(probe, answer).ifPresent(why -> failures.add(answer.status() + " " + probe.describe()
                            + ": " + why + "\n      body: " + excerpt(answer.body())));
                }));
            }
            for (Future<?> f : sent) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        Map<Integer, Integer> byStatus = new TreeMap<>();
        statuses.forEach((k, v) -> byStatus.put(k, v.get()));
        String summary = probes.size() + " requests in " + seconds + " s over " + operations.size() + " operations ("
                + shallow.size() + " without an existing resource to aim at: " + shallow + "); statuses " + byStatus;
        System.out.println("Hostile input sweep: " + summary);

        StoredState after = StoredState.read(this, operations, auth);
        List<String> sorted = new ArrayList<>(failures);
        Collections.sort(sorted);
        assertTrue(sorted.isEmpty(), sorted.size() + " answers to hostile input were wrong (" + summary + "):\n  "
                + String.join("\n  ", sorted));
        assertEquals(before.collections(), after.collections(), "the sweep changed a collection");
        // Events reach the feed a few milliseconds after their commit: the feed must stay where it was for a while.
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250))
                .until(() -> StoredState.changesAfter(this, before.feedEnd()).isEmpty());
    }

    private static long bodyLimit(String path) {
        return BODY_LIMITS.entrySet().stream().filter(e -> path.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(DEFAULT_BODY_LIMIT);
    }

    private static String excerpt(String body) {
        String oneLine = body.replace("\n", "\\n");
        return oneLine.length() > SHOWN_BODY ? oneLine.substring(0, SHOWN_BODY) + "..." : oneLine;
    }

    private String adminToken() throws IOException, InterruptedException {
        JsonNode admin = JSON.readTree(stack.adminCredential().toFile());
        String basic = Base64.getEncoder().encodeToString((admin.get("clientId").asText() + ":"
                + admin.get("clientSecret").asText()).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(stack.gateway() + "/oauth/token"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body()).get("access_token").asText();
    }

    HttpResponse<String> get(String target, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.gateway() + target)).timeout(Duration.ofSeconds(30)).GET();
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(String method, String target, Map<String, String> headers, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.gateway() + target)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends one probe; an event stream that opens is closed at once (a valid follow, not an answer to read). */
    private ProblemCheck.Answer send(Probe probe) {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(stack.gateway() + probe.target())).timeout(Duration.ofSeconds(30))
                    .method(probe.method(), probe.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(probe.body()));
            probe.headers().forEach(request::header);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The sweep built a request it cannot send: " + probe.describe(), e);
        }
        try {
            HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            String contentType = response.headers().firstValue("Content-Type").orElse(null);
            try (InputStream body = response.body()) {
                if (contentType != null && contentType.startsWith("text/event-stream")) {
                    return new ProblemCheck.Answer(response.statusCode(), contentType, "");
                }
                return new ProblemCheck.Answer(response.statusCode(), contentType,
                        new String(body.readNBytes(1 << 20), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            return new ProblemCheck.Answer(599, null, "no answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ProblemCheck.Answer(599, null, "interrupted");
        }
    }

    /** What the sweep must not change: every collection's items, and the end of the change feed. */
    record StoredState(Map<String, List<String>> collections, String feedEnd) {

        static StoredState read(HostileInputTest test, List<ApiContract.Operation> operations, Map<String, String> auth)
                throws IOException, InterruptedException {
            Map<String, List<String>> collections = new TreeMap<>();
            for (ApiContract.Operation operation : operations) {
                String path = operation.path();
                // Imports are left out: every body the import reads is recorded as an import, however many of its lines
                // it refuses (the partner's receipt); what an import would store is in the activities, compared here.
                // A stored collection is a paged list (it takes `limit`): exports and lookups are other readings of the same rows.
                boolean pagedList = operation.in("query").stream().anyMatch(p -> p.name().equals("limit"));
                if (!operation.method().equals("GET") || path.contains("{") || !path.startsWith("/v1/") || !pagedList
                        || path.startsWith("/v1/changes") || path.startsWith("/v1/search") || path.equals("/v1/imports")) {
                    continue;
                }
                collections.put(path, items(test, path, auth));
            }
            String cursor = null;
            while (true) {
                JsonNode page = JSON.readTree(test.get("/v1/changes?limit=200" + (cursor == null ? "" : "&cursor=" + cursor), Map.of()).body());
                cursor = page.path("nextCursor").asText();
                if (page.path("items").isEmpty()) {
                    return new StoredState(collections, cursor);
                }
            }
        }

        private static List<String> items(HostileInputTest test, String path, Map<String, String> auth)
                throws IOException, InterruptedException {
            List<String> items = new ArrayList<>();
            String next = path + "?limit=200";
            while (next != null) {
                HttpResponse<String> response = test.get(next, auth);
                assertEquals(200, response.statusCode(), path + ": " + response.body());
                JsonNode page = JSON.readTree(response.body());
                page.path("items").forEach(item -> items.add(item.toString()));
                String cursor = page.path("nextCursor").asText(null);
                next = cursor == null || cursor.isEmpty() ? null : path + "?limit=200&cursor=" + HostileInputs.encode(cursor);
            }
            Collections.sort(items);
            return items;
        }

        static List<String> changesAfter(HostileInputTest test, String cursor) throws IOException, InterruptedException {
            JsonNode page = JSON.readTree(test.get("/v1/changes?limit=200&cursor=" + HostileInputs.encode(cursor), Map.of()).body());
            List<String> changes = new ArrayList<>();
            page.path("items").forEach(item -> changes.add(item.path("type").asText() + " " + item.path("subject").asText()));
            return changes;
        }
    }

    /**
     * Resources for the probes to aim at, so a wrong parameter or body meets the real checks and not only a 404:
     * one of each collection, created with the contract's own request examples where the stack has none yet.
     */
    final class Fixtures {
        static final String UNKNOWN = "\u0000unknown";
        private final ApiContract contract;
        private final List<ApiContract.Operation> operations;
        private final Map<String, String> auth;

        Fixtures(ApiContract contract, List<ApiContract.Operation> operations, Map<String, String> auth) {
            this.contract = contract;
            this.operations = operations;
            this.auth = auth;
        }

        /** Posts each collection's example unless the collection has an item already; refusals leave it empty. */
        void create() throws IOException, InterruptedException {
            List<String> created = new ArrayList<>();
            for (ApiContract.Operation operation : operations) {
                if (operation.method().equals("POST") && operation.path().equals("/v1/imports")) {
                    dryRunImport(operation);
                    continue;
                }
                if (!operation.method().equals("POST") || operation.path().contains("{") || !operation.path().startsWith("/v1/")) {
                    continue;
                }
                ApiContract.Body body = operation.bodies().get("application/json");
                if (body == null || body.example() == null || first(operation.path()).isPresent()) {
                    continue;
                }
                Map<String, String> headers = new LinkedHashMap<>(auth);
                headers.put("Content-Type", "application/json");
                HttpResponse<String> response = send("POST", operation.path(), headers, body.example().toString());
                if (response.statusCode() == 201) {
                    created.add(JSON.readTree(response.body()).path("id").asText());
                }
            }
            // The sweep compares the change feed before and after: the fixtures' own events must be in it first.
            for (String id : created) {
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() ->
                        JSON.readTree(get("/v1/changes?subject=" + id, Map.of()).body()).path("items").size() > 0);
            }
        }

        /** An import for the import reads to aim at: the contract's NDJSON example, as a dry run (it writes no activity). */
        private void dryRunImport(ApiContract.Operation operation) throws IOException, InterruptedException {
            ApiContract.Body body = operation.bodies().get("application/x-ndjson");
            if (body == null || body.example() == null || first(operation.path()).isPresent()) {
                return;
            }
            Map<String, String> headers = new LinkedHashMap<>(auth);
            headers.put("Content-Type", body.mediaType());
            HttpResponse<String> response = send("POST", operation.path() + "?dryRun=true", headers, body.example().asText());
            assertEquals(201, response.statusCode(), "the fixture import: " + response.body());
        }

        private Optional<JsonNode> first(String collection) throws IOException, InterruptedException {
            HttpResponse<String> response = get(collection + (collection.contains("?") ? "&" : "?") + "limit=1", auth);
            if (response.statusCode() != 200) {
                return Optional.empty();
            }
            JsonNode items = JSON.readTree(response.body()).path("items");
            return items.isEmpty() ? Optional.empty() : Optional.of(items.get(0));
        }

        /** A value naming an existing resource for each path parameter, or {@link #UNKNOWN}. */
        Map<String, String> pathValues(ApiContract.Operation operation) throws IOException, InterruptedException {
            Map<String, String> values = new LinkedHashMap<>();
            String path = operation.path();
            for (ApiContract.Parameter parameter : operation.in("path")) {
                String placeholder = "{" + parameter.name() + "}";
                String collection = path.substring(0, path.indexOf(placeholder) - 1);
                if (collection.endsWith("/by-external-id")) {
                    collection = collection.substring(0, collection.length() - "/by-external-id".length());
                }
                Optional<JsonNode> item = collection.contains("{") ? Optional.empty() : first(collection);
                String field = parameter.name().equals("idOrCode") ? "id" : parameter.name();
                values.put(parameter.name(), item.map(i -> i.path(field).asText(null)).filter(v -> v != null && !v.isEmpty())
                        .or(() -> item.map(i -> i.path("id").asText(null))).orElse(UNKNOWN));
            }
            return values;
        }

        /** The resource's current ETag, so a write that slipped through would be applied, not stopped at 412. */
        Optional<String> entityTag(ApiContract.Operation operation, Map<String, String> pathValues)
                throws IOException, InterruptedException {
            if (!operation.writes() || pathValues.isEmpty()) {
                return Optional.empty();
            }
            String target = operation.path();
            for (Map.Entry<String, String> value : pathValues.entrySet()) {
                target = target.replace("{" + value.getKey() + "}", HostileInputs.encode(value.getValue()));
            }
            HttpResponse<String> response = get(target, auth);
            return response.statusCode() == 200 ? response.headers().firstValue("ETag") : Optional.empty();
        }
    }
}
