package org.oas.migration.organizations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.oas.migration.organizations.Fixtures.asAdmin;
import static org.oas.migration.organizations.Fixtures.create;
import static org.oas.migration.organizations.Fixtures.uniqueCode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PersonAndCountryTest {

    @Test
    void personWithPostsIsFoundByOrganizationIdentifierAndName() {
        String belize = uniqueCode("state-bz");
        create(belize, "member-state", "Belize", "Belice", null);
        String slug = uniqueCode("lisa-shoman");
        Response created = asAdmin().body("{\"name\":\"Lisa Shoman\",\"honorificPrefix\":{\"en\":\"Ambassador\",\"es\":\"Embajadora\"},"
                        + "\"identifiers\":[{\"scheme\":\"oas-seed\",\"value\":\"" + slug + "\"}],"
                        + "\"memberships\":[{\"organizationCode\":\"" + belize + "\",\"role\":{\"en\":\"Permanent Representative of Belize to the OAS\","
                        + "\"es\":\"Representante Permanente de Belice ante la OEA\"},\"startDate\":\"2005-01-01\"}]}")
                .post("/v1/people");
        created.then().statusCode(201).body("memberships[0].organizationCode", equalTo(belize))
                .body("memberships[0].organizationId", equalTo(given().get("/v1/organizations/" + belize).path("id")));
        String id = created.path("id");

        given().queryParam("organization", belize).get("/v1/people").then().statusCode(200).body("items.id", equalTo(java.util.List.of(id)));
        given().queryParam("identifier", "oas-seed:" + slug).get("/v1/people").then().body("items.id", equalTo(java.util.List.of(id)));
        given().queryParam("q", "Shoman").get("/v1/people").then().body("items.id", hasItem(id));

        asAdmin().body("{\"name\":\"Lisa Shoman\",\"memberships\":[{\"organizationCode\":\"nowhere\",\"role\":{\"en\":\"X\"}}]}")
                .put("/v1/people/" + id).then().statusCode(400).body("errors[0].field", equalTo("memberships[0].organizationCode"));
        given().get("/v1/people/" + id).then().body("memberships", hasSize(1)).body("version", equalTo(0));

        asAdmin().contentType("application/merge-patch+json").body("{\"honorificPrefix\":null}").patch("/v1/people/" + id)
                .then().statusCode(200).body("version", equalTo(1));
        asAdmin().delete("/v1/people/" + id).then().statusCode(204);
        given().get("/v1/people/" + id).then().statusCode(410);
    }

    @Test
    void countriesHaveFourLanguagesAndTheOasMembers() {
        given().get("/v1/countries/MX").then().statusCode(200).body("names.es", equalTo("México"))
                .body("names.fr", equalTo("Mexique")).body("oasMemberState", equalTo(true));
        given().get("/v1/countries/es").then().statusCode(200).body("oasMemberState", equalTo(false));
        given().get("/v1/countries/ZZ").then().statusCode(404).contentType("application/problem+json");
        Response members = given().queryParam("oasMemberState", true).queryParam("limit", 200).get("/v1/countries");
        members.then().statusCode(200).body("items", hasSize(35)).body("items.oasMemberState", everyItem(is(true)));
        given().queryParam("limit", 200).get("/v1/countries").then().body("items", hasSize(200)).body("nextCursor", is(org.hamcrest.Matchers.notNullValue()));
    }
}
