package org.oas.migration.meetings;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Soft delete and natural keys: a symbol (or draft classification) belongs to at most one live resource; a deleted
 * one is not found by it and a new resource may take it.
 */
@QuarkusTest
class NaturalKeysTest {

    private static final AtomicInteger NUMBER = Api.numbers(40_000, 20_000);
    private static final String BODY = "keys-" + Api.run();

    @BeforeAll
    static void registry() {
        Registry.organization(BODY, "General Assembly", "Asamblea General", 0);
    }

    private static String created(String path, Object body) {
        return Api.admin().body(body).post(path).then().statusCode(201).extract().path("id");
    }

    private static void delete(String path, String id) {
        Api.admin().delete(path + "/" + id).then().statusCode(204);
    }

    @Test
    void aDeletedDocumentIsNotFoundByItsSymbol() {
        String symbol = "CP/INF. " + NUMBER.incrementAndGet() + "/98";
        delete("/v1/documents", created("/v1/documents", Bodies.Document.of(symbol, "Withdrawn")));
        given().queryParam("symbol", symbol).get("/v1/documents/lookup").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aNewDocumentMayTakeTheSymbolOfADeletedOne() {
        String symbol = "CP/INF. " + NUMBER.incrementAndGet() + "/98";
        String deleted = created("/v1/documents", Bodies.Document.of(symbol, "Withdrawn"));
        delete("/v1/documents", deleted);
        String again = created("/v1/documents", Bodies.Document.of(symbol, "Issued again"));
        assertNotEquals(deleted, again);
        given().queryParam("symbol", symbol).get("/v1/documents/lookup").then().statusCode(200).body("id", equalTo(again));
    }

    @Test
    void aDeletedResolutionIsNotFoundByItsSymbol() {
        String symbol = "AG/RES. " + NUMBER.incrementAndGet() + " (XXXVI-O/98)";
        delete("/v1/resolutions", created("/v1/resolutions", Bodies.Resolution.of(symbol, "Withdrawn", BODY)));
        given().queryParam("symbol", symbol).get("/v1/resolutions/lookup").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aNewResolutionMayTakeTheSymbolOfADeletedOne() {
        String symbol = "AG/RES. " + NUMBER.incrementAndGet() + " (XXXVI-O/98)";
        String deleted = created("/v1/resolutions", Bodies.Resolution.of(symbol, "Withdrawn", BODY));
        delete("/v1/resolutions", deleted);
        String again = created("/v1/resolutions", Bodies.Resolution.of(symbol, "Adopted again", BODY));
        assertNotEquals(deleted, again);
        given().queryParam("symbol", symbol).get("/v1/resolutions/lookup").then().statusCode(200).body("id", equalTo(again));
    }

    @Test
    void aNewDraftMayTakeTheClassificationOfADeletedOne() {
        String classification = "CP/doc. " + NUMBER.incrementAndGet() + "/98";
        Bodies.Draft draft = Bodies.Draft.of(classification, "Draft", BODY);
        String deleted = created("/v1/resolutions", draft);
        delete("/v1/resolutions", deleted);
        String again = created("/v1/resolutions", draft);
        assertNotEquals(deleted, again);
        given().queryParam("symbol", classification).get("/v1/resolutions/lookup").then().statusCode(200).body("id", equalTo(again));
    }
}
