package org.oas.migration.organizations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.oas.migration.organizations.Fixtures.asAdmin;
import static org.oas.migration.organizations.Fixtures.uniqueCode;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Every client mistake is a 4xx problem+json naming what is wrong, and stores nothing. */
@QuarkusTest
class ProblemDetailsTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void malformedJson() {
        asAdmin().body("{\"code\": \"x\", ").post("/v1/organizations").then().statusCode(400).contentType(PROBLEM)
                .body("type", endsWith("/malformed-body")).body("status", equalTo(400))
                .body("instance", equalTo("/v1/organizations")).body(not(containsString("Exception")));
    }

    @Test
    void unknownFieldIsNamed() {
        String code = uniqueCode("unknown");
        asAdmin().body(Fixtures.organization(code, "other", "X", "X", null).replace("}}", "},\"colour\":\"red\"}"))
                .post("/v1/organizations").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("colour")).body("errors[0].message", containsString("unknown field"));
        given().get("/v1/organizations/" + code).then().statusCode(404);
    }

    @Test
    void wrongTypesAndUnknownEnumValues() {
        asAdmin().body("{\"code\":\"wrong-type\",\"type\":\"other\",\"names\":{\"en\":\"X\"},\"memberCountries\":\"MX\"}")
                .post("/v1/organizations").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("memberCountries"));
        asAdmin().body("{\"code\":\"wrong-enum\",\"type\":\"galaxy\",\"names\":{\"en\":\"X\"}}")
                .post("/v1/organizations").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("type")).body("errors[0].message", containsString("regional-consultative-process"));
        asAdmin().body("{\"code\":\"wrong-date\",\"type\":\"other\",\"names\":{\"en\":\"X\"},\"memberCountries\":[{\"country\":\"MX\",\"startDate\":\"2009-02-30\"}]}")
                .post("/v1/organizations").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("memberCountries[0].startDate"));
    }

    @Test
    void constraintViolationsCarryFieldPaths() {
        asAdmin().body("{\"code\":\"Bad Code\",\"type\":\"other\",\"names\":{\"xx\":\"X\"},\"country\":\"mx\","
                        + "\"memberCountries\":[{\"country\":\"ZZ\",\"startDate\":\"2010-01-01\",\"endDate\":\"2009-01-01\"}]}")
                .post("/v1/organizations").then().statusCode(400).contentType(PROBLEM)
                .body("type", endsWith("/invalid-input"))
                .body("errors.field", hasItems("code", "names", "country", "memberCountries[0].country", "memberCountries[0].periodOrdered"));
        asAdmin().body("{\"code\":\"no-names\",\"type\":\"other\",\"names\":{}}").post("/v1/organizations")
                .then().statusCode(400).body("errors.field", hasItem("names"));
        asAdmin().body("{\"code\":\"no-parent\",\"type\":\"other\",\"names\":{\"en\":\"X\"},\"parentCode\":\"does-not-exist\"}")
                .post("/v1/organizations").then().statusCode(400).body("errors[0].field", equalTo("parentCode"));
    }

    @Test
    void badQueryParameters() {
        given().queryParam("limit", 500).get("/v1/organizations").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("limit"));
        given().queryParam("cursor", "not-a-cursor").get("/v1/organizations").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        given().queryParam("updatedSince", "yesterday").get("/v1/organizations").then().statusCode(400)
                .body("errors[0].field", equalTo("updatedSince"));
        given().queryParam("lang", "de").get("/v1/organizations").then().statusCode(400)
                .body("errors[0].field", equalTo("lang"));
        given().queryParam("identifier", "no-colon").get("/v1/organizations").then().statusCode(400)
                .body("errors[0].field", equalTo("identifier"));
        given().queryParam("limit", "ten").get("/v1/organizations").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void mediaTypesMethodsAndPaths() {
        asAdmin().contentType("text/plain").body("hello").post("/v1/organizations").then().statusCode(415).contentType(PROBLEM);
        asAdmin().contentType("application/json").body("{}").patch("/v1/organizations/iom").then().statusCode(415).contentType(PROBLEM);
        given().get("/v1/nothing-here").then().statusCode(404).contentType(PROBLEM);
        asAdmin().body("{}").post("/v1/countries").then().statusCode(405).contentType(PROBLEM);
        given().get("/v1/people/not-a-uuid").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void oversizeBodyIs413() {
        String huge = "{\"code\":\"huge\",\"type\":\"other\",\"names\":{\"en\":\"" + "x".repeat(1_100_000) + "\"}}";
        asAdmin().body(huge).post("/v1/organizations").then().statusCode(413).contentType(PROBLEM)
                .body("status", equalTo(413));
        given().get("/v1/organizations/huge").then().statusCode(404);
    }
}
