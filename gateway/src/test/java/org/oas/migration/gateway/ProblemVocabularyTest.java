package org.oas.migration.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The gateway's own errors are problems in the services' vocabulary: the same types, field violations, instance. */
@QuarkusTest
class ProblemVocabularyTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void aBadLimitOnTheChangeFeedNamesTheField() {
        given().queryParam("limit", "many").get("/v1/changes").then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://api.oas.org/problems/invalid-input"))
                .body("title", equalTo("Invalid input"))
                .body("instance", equalTo("/v1/changes"))
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void aForgedFeedCursorNamesTheCursor() {
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString("orgs:x:1".getBytes(StandardCharsets.UTF_8));
        given().queryParam("cursor", forged).get("/v1/changes").then().statusCode(400).contentType(PROBLEM)
                .body("type", endsWith("/invalid-input")).body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void anUnknownParameterOnTheChangeFeedIsNamedNotIgnored() {
        given().queryParam("foo", 1).get("/v1/changes").then().statusCode(400).contentType(PROBLEM)
                .body("type", endsWith("/invalid-input"))
                .body("instance", equalTo("/v1/changes"))
                .body("errors[0].field", equalTo("foo"))
                .body("errors[0].message", equalTo("unknown query parameter; this operation accepts: cursor, limit, subject, type"));
    }

    @Test
    void anUnknownParameterOnTheSearchIsNamed() {
        given().queryParam("q", "health").queryParam("page", 2).get("/v1/search").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("page"))
                .body("errors[0].message", equalTo("unknown query parameter; this operation accepts: lang, limit, q"));
    }

    @Test
    void aSearchWithoutWordsNamesTheMissingParameter() {
        given().get("/v1/search").then().statusCode(400).contentType(PROBLEM)
                .body("type", endsWith("/invalid-input")).body("errors[0].field", equalTo("q"))
                .body("detail", notNullValue());
    }

    @Test
    void anUnknownGatewayPathIsANotFoundProblem() {
        given().get("/v1/changes/nowhere").then().statusCode(404).contentType(PROBLEM)
                .body("type", endsWith("/not-found"));
    }
}
