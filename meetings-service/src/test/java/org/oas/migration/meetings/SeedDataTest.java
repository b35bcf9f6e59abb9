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
import java.util.Map;
import java.util.TreeMap;
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

    /** Both tests read what one load gave (the test database lives as long as the test service). */
    private static boolean loaded;

    @Test
    void everySeedRecordLoadsAndTheKeyFactsHold() throws IOException {
        loadOnce();
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

    /**
     * What the API holds after the load, counted per kind, is what deploy/local/seed/inventory.json counts in the
     * five source documents: per meeting (agenda items, topics, presenters, participants, decisions, documents),
     * per resolution (paragraphs), and in total.
     */
    @Test
    void theLoadedCountsPerKindAreTheInventorys() throws IOException {
        loadOnce();
        JsonNode inventory = read("inventory.json");
        JsonNode expected = inventory.get("counts");
        assertEquals(expected.get("organizations").asLong(), liveOrganizations(seedIds("organizations.json", SeedDataTest::organizationKey)));
        assertEquals(expected.get("people").asLong(), livePeople(seedIds("people.json", SeedDataTest::personKey)));

        Map<String, Integer> totals = new TreeMap<>();
        for (JsonNode item : inventory.get("meetings")) {
            String key = item.get("key").asText();
            JsonNode meeting = JSON.readTree(given().queryParam("identifier", "oas-seed:" + key).get("/v1/meetings")
                    .then().statusCode(200).body("items", hasSize(1)).extract().asString()).get("items").get(0);
            Map<String, Integer> held = new TreeMap<>();
            held.put("agendaItems", meeting.path("agenda").size());
            meeting.path("agenda").forEach(agendaItem -> {
                held.merge("agendaTopics", agendaItem.path("topics").size(), Integer::sum);
                held.merge("presenters", agendaItem.path("presenters").size(), Integer::sum);
            });
            held.putIfAbsent("agendaTopics", 0);
            held.putIfAbsent("presenters", 0);
            held.put("participants", meeting.path("participants").size());
            held.put("decisions", meeting.path("decisions").size());
            held.put("meetingDocumentLinks", meeting.path("documents").size());
            for (Map.Entry<String, Integer> count : held.entrySet()) {
                String field = count.getKey().equals("meetingDocumentLinks") ? "documents" : count.getKey();
                int inInventory = field.equals("documents") ? item.get(field).size() : item.get(field).asInt();
                assertEquals(inInventory, count.getValue(), key + " " + count.getKey());
                totals.merge(count.getKey(), count.getValue(), Integer::sum);
            }
            totals.merge("meetings", 1, Integer::sum);
        }
        for (JsonNode item : inventory.get("resolutions")) {
            Response resolution = given().queryParam("symbol", item.get("key").asText()).get("/v1/resolutions/lookup");
            resolution.then().statusCode(200).body("operative.number", equalTo(JSON.convertValue(item.get("operativeParagraphs"), List.class)));
            totals.merge("resolutions", 1, Integer::sum);
            totals.merge("preambularParagraphs", resolution.jsonPath().getList("preambular").size(), Integer::sum);
            totals.merge("operativeParagraphs", resolution.jsonPath().getList("operative").size(), Integer::sum);
        }
        for (JsonNode item : inventory.get("documents")) {
            given().queryParam("symbol", item.get("key").asText()).get("/v1/documents/lookup").then().statusCode(200);
            totals.merge("documents", 1, Integer::sum);
        }
        for (Map.Entry<String, Integer> total : totals.entrySet()) {
            assertEquals(expected.get(total.getKey()).asInt(), total.getValue(), total.getKey());
        }
        // The events held both as a meeting and as an activity: the meeting names the activity.
        int linked = 0;
        for (JsonNode link : inventory.get("meetingActivityLinks")) {
            given().queryParam("identifier", "oas-seed-activity:" + link.get("activity").asText()).get("/v1/meetings").then().statusCode(200)
                    .body("items.identifiers.flatten().value", hasItem(link.get("meeting").asText()));
            linked++;
        }
        assertEquals(expected.get("meetingActivityLinks").asInt(), linked);
    }

    private static UUID organizationKey(JsonNode organization) {
        return UUID.nameUUIDFromBytes(organization.get("code").asText().getBytes());
    }

    private static UUID personKey(JsonNode person) {
        return UUID.nameUUIDFromBytes(person.get("identifiers").get(0).get("value").asText().getBytes());
    }

    private static List<UUID> seedIds(String file, java.util.function.Function<JsonNode, UUID> key) throws IOException {
        List<UUID> ids = new java.util.ArrayList<>();
        read(file).forEach(node -> ids.add(key.apply(node)));
        return ids;
    }

    private static long liveOrganizations(List<UUID> ids) {
        return QuarkusTransaction.requiringNew().call(() -> DirectoryOrganization.count("deleted = false and id in ?1", ids));
    }

    private static long livePeople(List<UUID> ids) {
        return QuarkusTransaction.requiringNew().call(() -> DirectoryPerson.count("deleted = false and id in ?1", ids));
    }

    private static synchronized void loadOnce() throws IOException {
        if (loaded) {
            return;
        }
        JsonNode organizations = read("organizations.json");
        JsonNode people = read("people.json");
        try (EventWriter writer = new EventWriter()) {
            for (JsonNode org : organizations) {
                ObjectNode event = ((ObjectNode) org.deepCopy()).put("id", organizationKey(org).toString()).put("version", 0);
                writer.publish("organizations.v1", "org.oas.migration.organization.created", event.get("id").asText(), event.toString());
            }
            for (JsonNode person : people) {
                ObjectNode event = ((ObjectNode) person.deepCopy()).put("id", personKey(person).toString()).put("version", 0);
                writer.publish("organizations.v1", "org.oas.migration.person.created", event.get("id").asText(), event.toString());
            }
        }
        // Other test classes share this database: count the seed's own rows, by the ids the events gave them.
        List<UUID> organizationIds = seedIds("organizations.json", SeedDataTest::organizationKey);
        List<UUID> personIds = seedIds("people.json", SeedDataTest::personKey);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> liveOrganizations(organizationIds) == organizations.size() && livePeople(personIds) == people.size());

        int documents = post("documents.json", "/v1/documents");
        int resolutions = post("resolutions.json", "/v1/resolutions");
        int meetings = post("meetings.json", "/v1/meetings");
        assertEquals(read("documents.json").size(), documents);
        assertEquals(read("resolutions.json").size(), resolutions);
        assertEquals(read("meetings.json").size(), meetings);
        loaded = true;
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
