package org.oas.migration.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@QuarkusTest
class ChangeFeedTest {

    /** HTTP/1.1: the JDK client would otherwise try an h2c upgrade. */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static Events events;

    @BeforeAll
    static void producer() {
        events = new Events();
    }

    @AfterAll
    static void close() {
        events.close();
    }

    @Test
    void aSubjectsChangesComeInOrderWithTheirData() throws Exception {
        String subject = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        String created = events.publish("programs.v1", "org.oas.migration.activity.created", subject, "{\"id\":\"" + subject + "\",\"externalId\":\"e-1\",\"version\":1}");
        events.publish("programs.v1", "org.oas.migration.activity.created", other, "{\"id\":\"" + other + "\",\"version\":1}");
        events.publish("programs.v1", "org.oas.migration.activity.updated", subject, "{\"id\":\"" + subject + "\",\"externalId\":\"e-1\",\"version\":2}");

        given().queryParam("subject", subject).get("/v1/changes").then().statusCode(200)
                .body("items.size()", equalTo(2))
                .body("items[0].id", equalTo(created))
                .body("items[0].type", equalTo("org.oas.migration.activity.created"))
                .body("items[0].source", equalTo("/tests"))
                .body("items[0].subject", equalTo(subject))
                .body("items[0].time", notNullValue())
                .body("items[0].data.externalId", equalTo("e-1"))
                .body("items[1].data.version", equalTo(2))
                .body("nextCursor", notNullValue());
    }

    @Test
    void aReaderResumesFromItsCursorAndFiltersByType() throws Exception {
        String type = "thing" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String[] subjects = new String[5];
        for (int i = 0; i < subjects.length; i++) {
            subjects[i] = UUID.randomUUID().toString();
            events.publish("meetings.v1", "org.oas.migration." + type + ".created", subjects[i], "{\"n\":" + i + "}");
            events.publish("meetings.v1", "org.oas.migration.noise.created", subjects[i], "{}");
        }
        JsonPath first = given().queryParam("type", type).queryParam("limit", 2).get("/v1/changes")
                .then().statusCode(200).body("items.size()", equalTo(2)).extract().jsonPath();
        JsonPath rest = given().queryParam("type", type).queryParam("cursor", first.getString("nextCursor")).get("/v1/changes")
                .then().statusCode(200).body("items.size()", equalTo(3)).extract().jsonPath();
        List<Integer> seen = new java.util.ArrayList<>(first.getList("items.data.n", Integer.class));
        seen.addAll(rest.getList("items.data.n", Integer.class));
        assertEquals(List.of(0, 1, 2, 3, 4), seen.stream().sorted().toList(), "every change once, none twice: " + seen);
        assertTrue(rest.getList("items.type", String.class).stream().allMatch(t -> t.equals("org.oas.migration." + type + ".created")));

        // Caught up: an empty page still says where to resume, and what comes later is found from there.
        String resume = given().queryParam("type", type).queryParam("cursor", rest.getString("nextCursor")).get("/v1/changes")
                .then().statusCode(200).body("items.size()", equalTo(0)).body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        events.publish("organizations.v1", "org.oas.migration." + type + ".deleted", subjects[0], "{\"n\":5}");
        given().queryParam("type", type).queryParam("cursor", resume).get("/v1/changes").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].data.n", equalTo(5));
    }

    @Test
    void badInputIsAProblem() {
        given().queryParam("limit", 201).get("/v1/changes").then().statusCode(400)
                .contentType("application/problem+json").body("status", equalTo(400));
        given().queryParam("cursor", "not!a*cursor").get("/v1/changes").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    @Timeout(120)
    void theStreamDeliversANewChange() throws Exception {
        String type = "streamed" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String cursor = given().queryParam("type", type).get("/v1/changes").then().statusCode(200).extract().path("nextCursor");
        HttpRequest request = HttpRequest.newBuilder(URI.create(RoutingTest.base() + "/v1/changes/stream?type=" + type))
                .header("Accept", "text/event-stream").header("Last-Event-ID", cursor).build();
        HttpResponse<java.io.InputStream> response = HTTP
                .sendAsync(request, HttpResponse.BodyHandlers.ofInputStream()).get(30, TimeUnit.SECONDS);
        assertEquals(200, response.statusCode());
        String subject = UUID.randomUUID().toString();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            CompletableFuture<String[]> event = CompletableFuture.supplyAsync(() -> readEvent(reader));
            events.publish("programs.v1", "org.oas.migration." + type + ".created", subject, "{\"id\":\"" + subject + "\"}");
            String[] idAndData = event.get(30, TimeUnit.SECONDS);
            JsonPath data = JsonPath.from(idAndData[1]);
            assertEquals(subject, data.getString("subject"));
            assertEquals(subject, data.getString("data.id"));
            // The event id is a cursor: reading from it finds nothing newer.
            given().queryParam("type", type).queryParam("cursor", idAndData[0]).get("/v1/changes").then().statusCode(200)
                    .body("items.size()", equalTo(0));
        }
    }

    @Test
    @Timeout(60)
    void aStreamWithoutACursorDeliversWhatIsPublishedAfterItOpened() throws Exception {
        String type = "live" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String subject = UUID.randomUUID().toString();
        try (BufferedReader reader = openStream("/v1/changes/stream?type=" + type)) {
            // Said once the reader is positioned at the end of every partition.
            assertEquals(":following the change feed", nextLine(reader, line -> line.startsWith(":")));
            CompletableFuture<String[]> event = CompletableFuture.supplyAsync(() -> readEvent(reader));
            events.publish("meetings.v1", "org.oas.migration." + type + ".created", subject, "{\"id\":\"" + subject + "\"}");
            assertEquals(subject, JsonPath.from(event.get(30, TimeUnit.SECONDS)[1]).getString("subject"));
        }
    }

    @Test
    @Timeout(60)
    void aStreamWithoutACursorStaysOpenWithHeartbeats() throws Exception {
        try (BufferedReader reader = openStream("/v1/changes/stream")) {
            // The test profile's heartbeat is 1 s: a second comment means the stream outlived a quiet interval.
            assertTrue(nextLine(reader, line -> line.startsWith(":") && line.contains("heartbeat")).contains("heartbeat"));
        }
    }

    private static BufferedReader openStream(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(RoutingTest.base() + path))
                .header("Accept", "text/event-stream").build();
        HttpResponse<java.io.InputStream> response = HTTP
                .sendAsync(request, HttpResponse.BodyHandlers.ofInputStream()).get(30, TimeUnit.SECONDS);
        assertEquals(200, response.statusCode());
        return new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
    }

    /** The first line that matches, waiting at most 20 s; fails if the stream ends first. */
    private static String nextLine(BufferedReader reader, java.util.function.Predicate<String> wanted) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (wanted.test(line)) {
                        return line;
                    }
                }
                throw new IllegalStateException("the stream ended");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).get(20, TimeUnit.SECONDS);
    }

    /** The first `change` event of the stream: its id and data. */
    private static String[] readEvent(BufferedReader reader) {
        try {
            String id = null;
            String name = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("id:")) {
                    id = line.substring(3).trim();
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).trim();
                } else if (line.startsWith("data:") && "change".equals(name)) {
                    return new String[] {id, line.substring(5).trim()};
                }
            }
            throw new IllegalStateException("stream ended");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void everyPageOfTheFeedLinksToTheNextPositionAndMayBeCachedBriefly() throws Exception {
        String subject = UUID.randomUUID().toString();
        events.publish("programs.v1", "org.oas.migration.activity.created", subject, "{\"id\":\"" + subject + "\",\"version\":1}");

        io.restassured.response.Response page = given().queryParam("subject", subject).get("/v1/changes");
        page.then().statusCode(200).header("Cache-Control", equalTo("public, max-age=30, must-revalidate"));
        // Vary may come as several header lines (the CORS filter adds its own): they make one list.
        assertTrue(String.join(", ", page.headers().getValues("Vary")).contains("Authorization"), page.headers().toString());
        String link = page.header("Link");
        assertEquals("rel=\"next\"", link.substring(link.indexOf(';') + 1).trim(), link);
        assertTrue(link.contains("cursor=" + page.path("nextCursor")) && link.contains("subject=" + subject), link);
    }
}
