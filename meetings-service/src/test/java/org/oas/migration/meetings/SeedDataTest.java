package org.oas.migration.meetings;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oas.migration.meetings.directory.persistence.DirectoryOrganization;
import org.oas.migration.meetings.directory.persistence.DirectoryPerson;
import org.oas.migration.platform.testing.EventWriter;
import org.oas.migration.platform.testing.Tokens;

/**
 * The reviewable seed files load through the public API, exactly as deploy/local/up loads them: the registry's
 * organizations and people arrive as organizations.v1 events, then documents, resolutions and meetings are posted.
 */
@QuarkusTest
class SeedDataTest {

    private static final Path SEED = Path.of("..", "deploy", "local", "seed");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everySeedRecordLoadsAndTheKeyFactsHold() throws IOException {
        JsonNode organizations = read("organizations.json");
        JsonNode people = read("people.json");
        try (EventWriter writer = new EventWriter()) {
            for (JsonNode org : organizations) {
                ObjectNode event = ((ObjectNode) org.deepCopy()).put("id", UUID.nameUUIDFromBytes(org.get("code").asText().getBytes()).toString())
                        .put("version", 0);
                writer.publish("organizations.v1", "org.oas.migration.organization.created", event.get("id").asText(), event.toString());
            }
            for (JsonNode person : people) {
                String slug = person.get("identifiers").get(0).get("value").asText();
                ObjectNode event = ((ObjectNode) person.deepCopy()).put("id", UUID.nameUUIDFromBytes(slug.getBytes()).toString()).put("version", 0);
                writer.publish("organizations.v1", "org.oas.migration.person.created", event.get("id").asText(), event.toString());
            }
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> DirectoryOrganization.count("deleted = false") >= organizations.size()
                        && DirectoryPerson.count("deleted = false") >= people.size()));

        int documents = post("documents.json", "/v1/documents");
        int resolutions = post("resolutions.json", "/v1/resolutions");
        int meetings = post("meetings.json", "/v1/meetings");
        assertEquals(read("documents.json").size(), documents);
        assertEquals(read("resolutions.json").size(), resolutions);
        assertEquals(read("meetings.json").size(), meetings);

        Response council = given().queryParam("identifier", "oas-seed:cp-special-2007-05-02").get("/v1/meetings");
        council.then().statusCode(200).body("items", hasSize(1))
                .body("items[0].agenda", hasSize(11))
                .body("items[0].convenedBy", equalTo("AG/RES. 2248 (XXXVI-O/06)"))
                .body("items[0].minutes", equalTo("CP/ACTA 1592/07"))
                .body("items[0].agenda[0].presenters[0].person.name", equalTo("Albert R. Ramdin"))
                .body("items[0].title.es", org.hamcrest.Matchers.notNullValue());
        given().queryParam("symbol", "cidi/cam/doc.4/13 rev.3").get("/v1/resolutions/lookup").then().statusCode(200)
                .body("status", equalTo("agreed")).body("sponsors", equalTo(List.of("MX"))).body("coSponsors", equalTo(List.of("EC")))
                .body("operative.number", hasItem("5bis"));
        given().queryParam("q", "poblaciones migrantes").queryParam("lang", "es").get("/v1/meetings").then()
                .body("items.identifiers.flatten().value", hasItem("cp-special-2007-05-02"));
    }

    private static int post(String file, String path) throws IOException {
        int created = 0;
        for (JsonNode body : read(file)) {
            given().header("Authorization", Tokens.bearer(Tokens.admin())).contentType(ContentType.JSON).body(body.toString())
                    .post(path).then().statusCode(201);
            created++;
        }
        return created;
    }

    private static JsonNode read(String file) throws IOException {
        return JSON.readTree(SEED.resolve(file).toFile());
    }
}
