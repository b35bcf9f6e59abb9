package org.oas.migration.programs.activity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oas.migration.platform.testing.Tokens;
import org.oas.migration.programs.Upstream;

/** GET /v1/activities/facets: the list's filters, answered as counts per value. */
@QuarkusTest
class ActivityFacetsTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final String ORG = "facets-x" + RUN;
    private static boolean created;

    /** An activity body: what the facets read, nothing more. */
    private record ActivityBody(String externalId, Map<String, Object> fields) {
        static ActivityBody of(String externalId) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("externalId", externalId);
            fields.put("reportingOrganization", ORG);
            fields.put("title", Map.of("en", "Facet " + externalId));
            fields.put("status", "implementation");
            return new ActivityBody(externalId, fields);
        }

        ActivityBody with(String field, Object value) {
            fields.put(field, value);
            return this;
        }

        void put() {
            given().header("Authorization", Tokens.bearer(Tokens.admin())).contentType(ContentType.JSON).body(fields)
                    .put("/v1/activities/by-external-id/" + externalId).then().statusCode(201);
        }
    }

    @BeforeAll
    static void organization() {
        Upstream.organization(ORG, "Facets Foundation", 0, null);
    }

    /** Once, before the first test (REST Assured learns the test port only before each test). */
    @BeforeEach
    void activities() {
        if (created) {
            return;
        }
        ActivityBody.of("f-1").with("recipientCountries", List.of("SV", "HN")).with("themes", List.of("health"))
                .with("plannedStart", "2019-03-01").with("plannedEnd", "2021-12-31").put();
        ActivityBody.of("f-2").with("recipientCountries", List.of("SV")).with("status", "pipeline")
                .with("actualStart", "2020").with("actualEnd", "2020-06").put();
        ActivityBody.of("f-3").with("recipientCountries", List.of("GT")).with("themes", List.of("health", "border-management")).put();
        created = true;
    }

    private static io.restassured.response.ValidatableResponse facets(String... query) {
        var request = given().queryParam("reportingOrganization", ORG);
        for (int i = 0; i < query.length; i += 2) {
            request.queryParam(query[i], query[i + 1]);
        }
        return request.get("/v1/activities/facets").then().statusCode(200).contentType(ContentType.JSON);
    }

    @Test
    void totalIsTheNumberOfMatchingActivities() {
        facets().body("total", equalTo(3));
    }

    @Test
    void countriesAreCountedMostFrequentFirstThenByValue() {
        facets().body("country.value", equalTo(List.of("SV", "GT", "HN")))
                .body("country.count", equalTo(List.of(2, 1, 1)));
    }

    @Test
    void anActivityCountsUnderEachOfItsThemes() {
        facets().body("theme.findAll { it.value == 'health' }.count", equalTo(List.of(2)))
                .body("theme.findAll { it.value == 'border-management' }.count", equalTo(List.of(1)));
    }

    @Test
    void theReportingOrganizationIsAnOrganizationValue() {
        facets().body("organization", hasItem(Map.of("value", ORG, "count", 3)));
    }

    @Test
    void anActivityCountsUnderEveryYearItIsActive() {
        facets().body("year.findAll { it.value in ['2019', '2020', '2021'] }.value", equalTo(List.of("2020", "2019", "2021")))
                .body("year.findAll { it.value == '2020' }.count", equalTo(List.of(2)));
    }

    /** The date filters also keep activities without any date (they could be active any year); a year cannot hold them. */
    @Test
    void aYearsCountIsTheDatedActivitiesTheListShowsForThatYear() {
        int listed = given().queryParam("reportingOrganization", ORG).queryParam("from", "2020").queryParam("to", "2020")
                .get("/v1/activities").then().statusCode(200).extract()
                .path("items.findAll { it.plannedStart || it.actualStart || it.plannedEnd || it.actualEnd }.size()");
        facets().body("year.findAll { it.value == '2020' }.count", equalTo(List.of(listed)));
    }

    @Test
    void theListsFiltersNarrowTheCounts() {
        facets("status", "pipeline").body("total", equalTo(1))
                .body("status", equalTo(List.of(Map.of("value", "pipeline", "count", 1))));
    }

    @Test
    void pagingParametersAreRefused() {
        given().queryParam("limit", "5").get("/v1/activities/facets").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void anUnknownThemeIsRefused() {
        given().queryParam("theme", "no-such-theme").get("/v1/activities/facets").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("theme"));
    }
}
