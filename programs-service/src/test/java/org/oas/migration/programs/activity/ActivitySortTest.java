package org.oas.migration.programs.activity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oas.migration.platform.testing.Tokens;
import org.oas.migration.programs.Upstream;

/** GET /v1/activities?sort=: the orderings the list offers, kept across cursor pages. */
@QuarkusTest
class ActivitySortTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final String ORG = "sort-x" + RUN;
    private static boolean created;

    /** An activity with what the orderings read: a title and, maybe, a start. */
    private record ActivityBody(Map<String, Object> fields) {
        static ActivityBody of(String externalId, String titleEn) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("externalId", externalId);
            fields.put("reportingOrganization", ORG);
            fields.put("title", Map.of("en", titleEn));
            fields.put("status", "implementation");
            return new ActivityBody(fields);
        }

        ActivityBody startingOn(String date) {
            fields.put("plannedStart", date);
            return this;
        }

        void put() {
            given().header("Authorization", Tokens.bearer(Tokens.admin())).contentType(ContentType.JSON).body(fields)
                    .put("/v1/activities/by-external-id/" + fields.get("externalId")).then().statusCode(201);
        }
    }

    @BeforeAll
    static void organization() {
        Upstream.organization(ORG, "Sorting Society", 0, null);
    }

    /** Once, before the first test (REST Assured learns the test port only before each test). */
    @BeforeEach
    void activities() {
        if (created) {
            return;
        }
        ActivityBody.of("s-1", "beta").startingOn("2015-01-01").put();
        ActivityBody.of("s-2", "Alpha").startingOn("2010-06").put();
        ActivityBody.of("s-3", "gamma").put();
        ActivityBody.of("s-4", "Delta").startingOn("2012").put();
        created = true;
    }

    private static List<String> titles(String sort, int limit) {
        List<String> titles = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("reportingOrganization", ORG).queryParam("sort", sort).queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/v1/activities").then().statusCode(200).extract();
            titles.addAll(page.path("items.title.en"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        return titles;
    }

    @Test
    void byStartEarliestFirstUndatedLast() {
        org.junit.jupiter.api.Assertions.assertEquals(List.of("Alpha", "Delta", "beta", "gamma"), titles("start", 10));
    }

    @Test
    void byStartLatestFirstUndatedLast() {
        org.junit.jupiter.api.Assertions.assertEquals(List.of("beta", "Delta", "Alpha", "gamma"), titles("-start", 10));
    }

    @Test
    void byTitleIgnoringCase() {
        org.junit.jupiter.api.Assertions.assertEquals(List.of("Alpha", "beta", "Delta", "gamma"), titles("title", 10));
    }

    @Test
    void theOrderHoldsAcrossCursorPages() {
        org.junit.jupiter.api.Assertions.assertEquals(List.of("gamma", "Delta", "beta", "Alpha"), titles("-title", 1));
    }

    @Test
    void anOrderingTheListDoesNotHaveIsRefused() {
        given().queryParam("sort", "colour").get("/v1/activities").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("sort"));
    }

    @Test
    void aCursorOfAnotherOrderingIsRefused() {
        String cursor = given().queryParam("reportingOrganization", ORG).queryParam("sort", "title").queryParam("limit", 1)
                .get("/v1/activities").then().statusCode(200).extract().path("nextCursor");
        given().queryParam("reportingOrganization", ORG).queryParam("sort", "start").queryParam("cursor", cursor)
                .get("/v1/activities").then().statusCode(400).body("errors.field", hasItem("cursor"));
    }

    @Test
    void theFacetsTakeNoSort() {
        given().queryParam("sort", "title").get("/v1/activities/facets").then().statusCode(400)
                .body("errors.field", hasItem("sort"));
    }
}
