package org.oas.migration.meetings;

import static io.restassured.RestAssured.given;
import static org.oas.migration.platform.testing.EntityTagMatchers.atVersion;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.oas.migration.platform.testing.EventReader.typeAndSubject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.oas.migration.platform.testing.EventReader;

/**
 * What every collection here (meetings, resolutions, documents) promises: create, read, replace under If-Match,
 * delete, keyset paging, each write announced on meetings.v1 keyed by the resource's id.
 */
@QuarkusTest
class CollectionContractTest {

    private static final AtomicInteger NUMBER = Api.numbers(10_000, 40_000);
    private static final String BODY = "body-" + Api.run();

    /** A collection: its path, the resource name in event types, a fresh body, and that body with another title. */
    record Collection(String path, String resource, IntFunction<Object> fresh, Function<Object, Object> retitled) {

        @Override
        public String toString() {
            return path;
        }
    }

    static Stream<Collection> collections() {
        return Stream.of(
                new Collection("/v1/meetings", "meeting", n -> Bodies.Meeting.of(BODY, "Meeting " + n),
                        b -> ((Bodies.Meeting) b).titled("Renamed meeting")),
                new Collection("/v1/resolutions", "resolution", n -> Bodies.Resolution.of("AG/RES. " + n + " (XXXVI-O/99)", "Resolution " + n, BODY),
                        b -> ((Bodies.Resolution) b).titled("Renamed resolution")),
                new Collection("/v1/documents", "document", n -> Bodies.Document.of("CP/INF. " + n + "/99", "Document " + n),
                        b -> ((Bodies.Document) b).titled("Renamed document")));
    }

    @BeforeAll
    static void registry() {
        Registry.organization(BODY, "Permanent Council", "Consejo Permanente", 0);
    }

    private static Object fresh(Collection c) {
        return c.fresh().apply(NUMBER.incrementAndGet());
    }

    private static void assertAnnounced(Collection c, String action, String id) {
        try (EventReader reader = new EventReader("meetings.v1")) {
            ConsumerRecord<String, String> event = reader.await(
                    typeAndSubject("org.oas.migration." + c.resource() + "." + action, id), Duration.ofSeconds(20));
            assertEquals(id, event.key());
        }
    }

    private static Response create(Collection c, Object body) {
        Response created = Api.admin().body(body).post(c.path());
        created.then().statusCode(201);
        return created;
    }

    @ParameterizedTest
    @MethodSource("collections")
    void createAnswers201WithLocationAndETagOfVersionZero(Collection c) {
        Response created = Api.admin().body(fresh(c)).post(c.path());
        String id = created.then().statusCode(201).header("ETag", atVersion(0)).body("version", equalTo(0)).extract().path("id");
        assertTrue(created.header("Location").endsWith(c.path() + "/" + id), created.header("Location"));
    }

    @ParameterizedTest
    @MethodSource("collections")
    void createIsAnnouncedOnMeetingsV1KeyedById(Collection c) {
        String id = create(c, fresh(c)).path("id");
        assertAnnounced(c, "created", id);
    }

    @ParameterizedTest
    @MethodSource("collections")
    void getAnswersTheStoredResourceWithItsETag(Collection c) {
        Response created = create(c, fresh(c));
        given().get(c.path() + "/" + created.path("id")).then().statusCode(200).header("ETag", atVersion(0))
                .body("id", equalTo(created.path("id"))).body("title.en", equalTo(created.path("title.en")));
    }

    @ParameterizedTest
    @MethodSource("collections")
    void getWithTheCurrentETagAnswers304(Collection c) {
        Response created = create(c, fresh(c));
        given().header("If-None-Match", created.header("ETag")).get(c.path() + "/" + created.path("id")).then().statusCode(304);
    }

    @ParameterizedTest
    @MethodSource("collections")
    void getOfAnUnknownIdAnswers404(Collection c) {
        given().get(c.path() + "/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
    }

    @ParameterizedTest
    @MethodSource("collections")
    void putWithTheCurrentETagReplacesAndAnswersTheNextETag(Collection c) {
        Object body = fresh(c);
        String id = create(c, body).path("id");
        Api.admin().header("If-Match", "\"0\"").body(c.retitled().apply(body)).put(c.path() + "/" + id).then().statusCode(200)
                .header("ETag", atVersion(1)).body("version", equalTo(1)).body("title.en", containsString("Renamed"));
    }

    @ParameterizedTest
    @MethodSource("collections")
    void putIsAnnouncedAsUpdated(Collection c) {
        Object body = fresh(c);
        String id = create(c, body).path("id");
        Api.admin().header("If-Match", "\"0\"").body(c.retitled().apply(body)).put(c.path() + "/" + id).then().statusCode(200);
        assertAnnounced(c, "updated", id);
    }

    @ParameterizedTest
    @MethodSource("collections")
    void putWithAStaleETagAnswers412AndChangesNothing(Collection c) {
        Object body = fresh(c);
        Response created = create(c, body);
        String id = created.path("id");
        Api.admin().header("If-Match", "\"7\"").body(c.retitled().apply(body)).put(c.path() + "/" + id).then().statusCode(412)
                .contentType("application/problem+json");
        given().get(c.path() + "/" + id).then().body("version", equalTo(0)).body("title.en", equalTo(created.path("title.en")));
    }

    /** If-Match is optional here (no 428): a client that sends none replaces whatever version is current. */
    @ParameterizedTest
    @MethodSource("collections")
    void putWithoutIfMatchReplacesUnconditionally(Collection c) {
        Object body = fresh(c);
        String id = create(c, body).path("id");
        Api.admin().body(c.retitled().apply(body)).put(c.path() + "/" + id).then().statusCode(200).header("ETag", atVersion(1));
    }

    @ParameterizedTest
    @MethodSource("collections")
    void deleteAnswers204AndTheResourceIsThenGone(Collection c) {
        String id = create(c, fresh(c)).path("id");
        Api.admin().header("If-Match", "\"0\"").delete(c.path() + "/" + id).then().statusCode(204);
        given().get(c.path() + "/" + id).then().statusCode(410).contentType("application/problem+json");
    }

    @ParameterizedTest
    @MethodSource("collections")
    void deleteIsAnnouncedAsDeleted(Collection c) {
        String id = create(c, fresh(c)).path("id");
        Api.admin().delete(c.path() + "/" + id).then().statusCode(204);
        assertAnnounced(c, "deleted", id);
    }

    @ParameterizedTest
    @MethodSource("collections")
    void deleteWithAStaleETagAnswers412AndKeepsTheResource(Collection c) {
        String id = create(c, fresh(c)).path("id");
        Api.admin().header("If-Match", "\"3\"").delete(c.path() + "/" + id).then().statusCode(412).contentType("application/problem+json");
        given().get(c.path() + "/" + id).then().statusCode(200);
    }

    @ParameterizedTest
    @MethodSource("collections")
    void pagingWithLimitReachesTheEndSeeingEachItemOnce(Collection c) {
        Response first = create(c, fresh(c));
        String since = first.path("updatedAt");
        List<String> created = new ArrayList<>(List.of(first.<String>path("id")));
        for (int i = 0; i < 4; i++) {
            created.add(create(c, fresh(c)).path("id"));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            RequestSpecification request = given().queryParam("updatedSince", since).queryParam("limit", 2);
            Response page = (cursor == null ? request : request.queryParam("cursor", cursor)).get(c.path());
            page.then().statusCode(200);
            cursor = page.path("nextCursor");
            String link = page.header("Link");
            if (cursor == null) {
                assertNull(link, "the last page has no Link");
            } else {
                assertTrue(link.contains("rel=\"next\"") && link.contains("cursor="), link);
            }
            seen.addAll(page.path("items.id"));
            pages++;
        } while (cursor != null && pages < 10);
        assertEquals(new HashSet<>(seen).size(), seen.size(), "no item twice: " + seen);
        assertTrue(seen.containsAll(created), "every item seen: " + seen);
        assertEquals(3, pages, "five items, two a page: " + seen);
    }

    @ParameterizedTest
    @MethodSource("collections")
    void aFullPageBeforeTheLastCarriesNextCursorAndLink(Collection c) {
        String since = create(c, fresh(c)).path("updatedAt");
        create(c, fresh(c));
        given().queryParam("updatedSince", since).queryParam("limit", 1).get(c.path()).then().statusCode(200)
                .body("items", hasSize(1)).body("nextCursor", notNullValue()).header("Link", containsString("rel=\"next\""));
    }

    @ParameterizedTest
    @MethodSource("collections")
    void theLastPageHasNullNextCursorAndNoLink(Collection c) {
        String since = create(c, fresh(c)).path("updatedAt");
        given().queryParam("updatedSince", since).queryParam("limit", 5).get(c.path()).then().statusCode(200)
                .body("items", hasSize(1)).body("nextCursor", nullValue()).header("Link", nullValue());
    }

    @ParameterizedTest
    @MethodSource("collections")
    void aForgedCursorAnswers400NamingCursor(Collection c) {
        given().queryParam("cursor", "eyJmb3JnZWQiOnRydWV9").get(c.path()).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("cursor"));
    }
}
