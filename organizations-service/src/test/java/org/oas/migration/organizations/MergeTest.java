package org.oas.migration.organizations;

import static io.restassured.RestAssured.given;
import static org.oas.migration.platform.testing.EntityTagMatchers.atVersion;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.oas.migration.organizations.Fixtures.asAdmin;
import static org.oas.migration.organizations.Fixtures.uniqueCode;
import static org.oas.migration.organizations.OrganizationBody.organization;
import static org.oas.migration.platform.testing.EventReader.typeAndSubject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oas.migration.platform.testing.EventReader;

/**
 * A merge keeps the hierarchy a tree, makes every row it changes a versioned change with its own event, and leaves
 * the merged organization's identifiers and acronyms naming the survivor.
 */
@QuarkusTest
class MergeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String UPDATED = "org.oas.migration.organization.updated";

    private static String create(OrganizationBody body) {
        return body.create().extract().path("code");
    }

    private static Response merge(String code, String into) {
        return asAdmin().body(Map.of("into", into)).post("/v1/organizations/" + code + "/merge");
    }

    private static Response get(String code) {
        return given().get("/v1/organizations/" + code);
    }

    @Test
    void mergingIntoADescendantIsAConflictNamingInto() {
        String parent = create(organization(uniqueCode("parent")));
        String child = create(organization(uniqueCode("child")).parent(parent));

        merge(parent, child).then().statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", equalTo("into"));
    }

    @Test
    void mergingIntoItselfIsAConflictNamingInto() {
        String code = create(organization(uniqueCode("self")));

        merge(code, code).then().statusCode(409).contentType("application/problem+json").body("errors[0].field", equalTo("into"));
    }

    @Test
    void aMovedChildIsAVersionedChange() {
        String merged = create(organization(uniqueCode("old")));
        String child = create(organization(uniqueCode("child")).parent(merged));
        String survivor = create(organization(uniqueCode("new")));
        Response before = get(child);

        merge(merged, survivor).then().statusCode(200);

        Response after = get(child);
        after.then().statusCode(200).body("parentCode", equalTo(survivor)).body("version", equalTo(1)).header("ETag", atVersion(1));
        assertNotEquals(before.<String>path("updatedAt"), after.<String>path("updatedAt"));
    }

    @Test
    void aMovedChildIsPublished() throws Exception {
        String merged = create(organization(uniqueCode("old")));
        String childId = organization(uniqueCode("child")).parent(merged).create().extract().path("id");
        String survivor = create(organization(uniqueCode("new")));

        merge(merged, survivor).then().statusCode(200);

        try (EventReader reader = new EventReader("organizations.v1")) {
            JsonNode event = JSON.readTree(reader.await(typeAndSubject(UPDATED, childId), WAIT).value());
            assertEquals(survivor, event.get("parentCode").asText());
            assertEquals(1, event.get("version").asLong());
        }
    }

    @Test
    void theSurvivorIsAVersionedChange() {
        String merged = create(organization(uniqueCode("old")));
        String survivor = create(organization(uniqueCode("new")));
        Response before = get(survivor);

        merge(merged, survivor).then().statusCode(200).body("version", equalTo(1));

        Response after = get(survivor);
        after.then().body("version", equalTo(1)).header("ETag", atVersion(1));
        assertNotEquals(before.<String>path("updatedAt"), after.<String>path("updatedAt"));
    }

    @Test
    void theSurvivorsChangeIsPublished() throws Exception {
        String merged = create(organization(uniqueCode("old")));
        String survivorId = organization(uniqueCode("new")).create().extract().path("id");

        merge(merged, survivorId).then().statusCode(200);

        try (EventReader reader = new EventReader("organizations.v1")) {
            assertEquals(1, JSON.readTree(reader.await(typeAndSubject(UPDATED, survivorId), WAIT).value()).get("version").asLong());
        }
    }

    @Test
    void theMergedIdentifierFindsTheSurvivor() {
        String value = "XM-DAC-" + uniqueCode("merge");
        String merged = create(organization(uniqueCode("old")).identifier("iati-org-id", value));
        String survivor = create(organization(uniqueCode("new")));

        merge(merged, survivor).then().statusCode(200);

        given().queryParam("identifier", "iati-org-id:" + value).get("/v1/organizations").then().statusCode(200)
                .body("items.code", equalTo(java.util.List.of(survivor)));
    }

    @Test
    void theMergedAcronymFindsTheSurvivor() {
        String acronym = "ACR" + uniqueCode("x").substring(2).toUpperCase(java.util.Locale.ROOT);
        String merged = create(organization(uniqueCode("old")).acronym("en", acronym));
        String survivor = create(organization(uniqueCode("new")));

        merge(merged, survivor).then().statusCode(200);

        given().queryParam("q", acronym).get("/v1/organizations").then().statusCode(200).body("items.code", hasItem(survivor));
    }
}
