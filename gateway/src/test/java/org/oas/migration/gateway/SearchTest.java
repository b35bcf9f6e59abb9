package org.oas.migration.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SearchTest {

    @Test
    void resultsAreInterleavedByRankAcrossCollections() {
        given().queryParam("q", "migrantes").queryParam("lang", "es").get("/v1/search").then().statusCode(200)
                .body("unavailable", empty())
                .body("items.size()", equalTo(12))
                .body("items[0..5].kind", contains("organization", "meeting", "resolution", "document", "program", "activity"))
                .body("items[6].id", equalTo("organizations-2"))
                .body("items[0].id", equalTo("organizations-1"))
                .body("items[0].title.en", equalTo("organizations 1 about migrantes"))
                .body("items[0].match", equalTo("organizations 1 sobre migrantes"))
                .body("items[0].href", equalTo("/v1/organizations/organizations-1"))
                .body("items[5].href", equalTo("/v1/activities/activities-1"));
    }

    @Test
    void aContextDownIsNamedNotFatal() {
        StubService programs = GatewayTestResource.stub("programs");
        programs.stop();
        try {
            given().queryParam("q", "health").queryParam("limit", 3).get("/v1/search").then().statusCode(200)
                    .body("unavailable", contains("programs", "activities"))
                    .body("items.kind", contains("organization", "meeting", "resolution"))
                    .body("items[0].match", equalTo("organizations 1 about health"));
        } finally {
            programs.start();
        }
    }

    @Test
    void aQueryIsRequired() {
        given().get("/v1/search").then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
        given().queryParam("q", "x").queryParam("lang", "de").get("/v1/search").then().statusCode(400);
    }
}
