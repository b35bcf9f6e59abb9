package org.oas.migration.organizations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.oas.migration.organizations.Fixtures.asAdmin;
import static org.oas.migration.organizations.Fixtures.uniqueCode;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * A query parameter the operation does not declare is a 400 naming it (platform/http-kit
 * {@code input/KnownQueryParameters}), not a filter silently dropped.
 */
@QuarkusTest
class UnknownQueryParametersTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void anUnknownParameterIsA400NamingItAndWhatTheOperationAccepts() {
        given().queryParam("colour", "red").get("/v1/countries").then().statusCode(400).contentType(PROBLEM)
                .body("type", endsWith("/invalid-input"))
                .body("detail", equalTo("Unknown query parameter: colour"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("colour"))
                .body("errors[0].message", equalTo("unknown query parameter; this operation accepts: cursor, limit, oasMemberState"));
    }

    @Test
    void aMisspelledFilterIsRefusedInsteadOfAnsweringTheWholeList() {
        given().queryParam("oasMemberStates", "true").get("/v1/countries").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("oasMemberStates"));
    }

    @Test
    void everyUnknownParameterIsNamed() {
        given().queryParam("sort", "name").queryParam("page", 2).queryParam("limit", 5).get("/v1/organizations")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", equalTo(java.util.List.of("page", "sort")));
    }

    @Test
    void aDeclaredFilterStillWorks() {
        given().queryParam("oasMemberState", true).queryParam("limit", 200).get("/v1/countries").then().statusCode(200)
                .body("items.oasMemberState", everyItem(equalTo(true)));
    }

    @Test
    void theFieldsOfABeanParamAreDeclared() {
        given().queryParam("limit", 2).get("/v1/countries").then().statusCode(200)
                .body("items", hasSize(2)).body("nextCursor", notNullValue()).header("Link", containsString("rel=\"next\""));
    }

    @Test
    void aDeclaredParameterGivenTwiceIsNoUnknownParameter() {
        given().queryParam("type", "un-entity").queryParam("type", "un-entity").get("/v1/organizations").then().statusCode(200);
    }

    @Test
    void anOperationWithoutQueryParametersAcceptsNone() {
        given().queryParam("lang", "es").get("/v1/countries/MX").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("lang"))
                .body("errors[0].message", equalTo("unknown query parameter; this operation accepts none"));
    }

    @Test
    void aWriteWithAnUnknownParameterIsRefusedAndStoresNothing() {
        String code = uniqueCode("unknown-param");
        asAdmin().queryParam("dryRun", true).body(Fixtures.organization(code, "other", "X", "X", null))
                .post("/v1/organizations").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("dryRun"));
        given().get("/v1/organizations/" + code).then().statusCode(404);
    }
}
