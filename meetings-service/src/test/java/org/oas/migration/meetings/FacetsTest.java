package org.oas.migration.meetings;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /v1/meetings/facets and /v1/resolutions/facets: the lists' filters, answered as counts per value. */
@QuarkusTest
class FacetsTest {

    private static final String RUN = Api.run();
    private static final AtomicInteger NUMBER = Api.numbers(80_000, 9_000);
    private static final String BODY = "facets-" + RUN;
    private static boolean created;

    @BeforeAll
    static void registry() {
        Registry.organization(BODY, "Facets Council", "Consejo de facetas", 0);
    }

    /** Once, before the first test (REST Assured learns the test port only before each test). */
    @BeforeEach
    void records() {
        if (created) {
            return;
        }
        post("/v1/meetings", Bodies.Meeting.of(BODY, "First of 2007"));
        post("/v1/meetings", Bodies.Meeting.of(BODY, "Second of 2007"));
        post("/v1/meetings", Bodies.Meeting.of(BODY, "The 2009 one").startingOn("2009-03-10"));
        post("/v1/resolutions", resolution());
        post("/v1/resolutions", resolution());
        post("/v1/resolutions", resolution().withoutAdoptionDate());
        post("/v1/resolutions", resolution().adoptedOn("2012-06-05"));
        created = true;
    }

    private static Bodies.Resolution resolution() {
        return Bodies.Resolution.of("AG/RES. " + NUMBER.incrementAndGet() + " (XXXVI-O/06)", "Faceted", BODY);
    }

    private static void post(String path, Object body) {
        Api.admin().body(body).post(path).then().statusCode(201);
    }

    private static ValidatableResponse facets(String collection, String... query) {
        var request = given().queryParam("body", BODY);
        for (int i = 0; i < query.length; i += 2) {
            request.queryParam(query[i], query[i + 1]);
        }
        return request.get("/v1/" + collection + "/facets").then().statusCode(200).contentType("application/json");
    }

    @Test
    void meetingsAreCountedByBodyAndYearOfTheirStart() {
        facets("meetings").body("total", equalTo(3))
                .body("body", equalTo(List.of(Map.of("value", BODY, "count", 3))))
                .body("year", equalTo(List.of(Map.of("value", "2007", "count", 2), Map.of("value", "2009", "count", 1))));
    }

    @Test
    void aMeetingYearsCountIsWhatTheListShowsForThatYear() {
        int listed = given().queryParam("body", BODY).queryParam("dateFrom", "2007-01-01").queryParam("dateTo", "2007-12-31")
                .get("/v1/meetings").then().statusCode(200).extract().path("items.size()");
        facets("meetings").body("year.find { it.value == '2007' }.count", equalTo(listed));
    }

    @Test
    void theMeetingListsFiltersNarrowTheCounts() {
        facets("meetings", "dateFrom", "2008-01-01").body("total", equalTo(1))
                .body("year", equalTo(List.of(Map.of("value", "2009", "count", 1))));
    }

    @Test
    void resolutionsAreCountedBySeriesAndYearOfAdoption() {
        facets("resolutions").body("total", equalTo(4))
                .body("series", equalTo(List.of(Map.of("value", "AG", "count", 4))))
                .body("year", equalTo(List.of(Map.of("value", "2006", "count", 2), Map.of("value", "2012", "count", 1))));
    }

    @Test
    void meetingsSortOldestFirstAcrossPages() {
        List<String> years = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("body", BODY).queryParam("sort", "date").queryParam("limit", 1);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/v1/meetings").then().statusCode(200).extract();
            years.addAll(page.<List<String>>path("items.startDate").stream().map(d -> d.substring(0, 4)).toList());
            cursor = page.path("nextCursor");
        } while (cursor != null);
        org.junit.jupiter.api.Assertions.assertEquals(List.of("2007", "2007", "2009"), years);
    }

    @Test
    void resolutionsSortedByDateKeepTheUndatedLast() {
        given().queryParam("body", BODY).queryParam("sort", "date").get("/v1/resolutions").then().statusCode(200)
                .body("items.adoptionDate", equalTo(java.util.Arrays.asList("2006-06-06", "2006-06-06", "2012-06-05", null)));
    }

    @Test
    void anUnknownOrderingIsRefused() {
        given().queryParam("sort", "title").get("/v1/documents").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("sort"));
    }

    @Test
    void pagingParametersAreRefused() {
        given().queryParam("cursor", "x").get("/v1/resolutions/facets").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("cursor"));
    }
}
