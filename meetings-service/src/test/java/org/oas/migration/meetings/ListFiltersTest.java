package org.oas.migration.meetings;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each list filter keeps what matches and drops the rest (among what this test wrote, by updatedSince). */
@QuarkusTest
class ListFiltersTest {

    private static final String RUN = Api.run();
    private static final AtomicInteger NUMBER = Api.numbers(50_000, 20_000);
    private static final String BODY = "filters-" + RUN;

    @BeforeAll
    static void registry() {
        Registry.organization(BODY, "Permanent Council", "Consejo Permanente", 0);
    }

    private static Response post(String path, Object body) {
        Response created = Api.admin().body(body).post(path);
        created.then().statusCode(201);
        return created;
    }

    private static Bodies.Document document() {
        return Bodies.Document.of("CP/INF. " + NUMBER.incrementAndGet() + "/99", "Filtered document");
    }

    @Test
    void documentsFilterByKind() {
        Response note = post("/v1/documents", document());
        String since = note.path("updatedAt");
        String agenda = post("/v1/documents", document().ofKind("agenda")).path("id");
        given().queryParam("updatedSince", since).queryParam("kind", "agenda").get("/v1/documents").then().statusCode(200)
                .body("items.id", equalTo(List.of(agenda)));
    }

    @Test
    void documentsFilterBySymbolIgnoringSpacingAndCase() {
        Bodies.Document wanted = document();
        String id = post("/v1/documents", wanted).path("id");
        post("/v1/documents", document());
        given().queryParam("symbol", wanted.symbol().toLowerCase().replace(" ", "")).get("/v1/documents").then().statusCode(200)
                .body("items.id", equalTo(List.of(id)));
    }

    @Test
    void meetingsFilterByKind() {
        String since = post("/v1/meetings", Bodies.Meeting.of(BODY, "A special meeting")).path("updatedAt");
        String regular = post("/v1/meetings", Bodies.Meeting.of(BODY, "A regular meeting").ofKind("regular")).path("id");
        given().queryParam("updatedSince", since).queryParam("kind", "regular").get("/v1/meetings").then().statusCode(200)
                .body("items.id", equalTo(List.of(regular)));
    }

    @Test
    void resolutionsFilterBySymbolIgnoringSpacingAndCase() {
        Bodies.Resolution wanted = Bodies.Resolution.of("AG/RES. " + NUMBER.incrementAndGet() + " (XXXVI-O/99)", "Wanted", BODY);
        String id = post("/v1/resolutions", wanted).path("id");
        post("/v1/resolutions", Bodies.Resolution.of("AG/RES. " + NUMBER.incrementAndGet() + " (XXXVI-O/99)", "Other", BODY));
        given().queryParam("symbol", wanted.symbol().toLowerCase().replace(" ", "")).get("/v1/resolutions").then().statusCode(200)
                .body("items.id", equalTo(List.of(id)));
    }

    @Test
    void resolutionsFilterByBody() {
        String since = post("/v1/resolutions", Bodies.Resolution.of("AG/RES. " + NUMBER.incrementAndGet() + " (XXXVI-O/99)", "Ours", BODY))
                .path("updatedAt");
        given().queryParam("updatedSince", since).queryParam("body", "nobody-" + RUN).get("/v1/resolutions").then().statusCode(200)
                .body("items", equalTo(List.of()));
    }

    @Test
    void aDateToBeforeDateFromAnswers400NamingDateTo() {
        given().queryParam("dateFrom", "2013-01-01").queryParam("dateTo", "2012-01-01").get("/v1/meetings").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("dateTo"));
    }
}
