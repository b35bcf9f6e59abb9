package org.oas.migration.programs;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.oas.migration.platform.testing.EventWriter;
import org.oas.migration.platform.testing.Tokens;

/**
 * The reviewable programs seed (deploy/local/seed/programs.json and activities.json) loads through the public API,
 * as deploy/local/up loads it: the registry's organizations arrive on organizations.v1, the documents and
 * resolutions on meetings.v1, then programs are posted and activities upserted by externalId. A second load
 * changes nothing, and the facts of the seed documents hold on the wire.
 */
@QuarkusTest
class SeedDataTest {

    private static final Path SEED = Path.of("..", "deploy", "local", "seed");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PROJECTION_CATCH_UP = Duration.ofSeconds(60);

    /** What the first load gave, shared by the tests (the test database lives as long as the test service). */
    private static final Map<String, Long> PROGRAM_VERSIONS = new HashMap<>();
    private static final Map<String, String> IDS = new HashMap<>();
    private static final Map<String, Long> VERSIONS = new HashMap<>();

    @Test
    void everyProgramAndActivityLoadsTwiceWithoutChangeAndTheKeyFactsHold() throws IOException {
        loadOnce();
        JsonNode programs = read("programs.json");
        JsonNode activities = read("activities.json");
        Map<String, Long> programVersions = PROGRAM_VERSIONS;
        Map<String, String> ids = IDS;
        Map<String, Long> versions = VERSIONS;
        assertEquals(activities.size(), ids.size());

        // The second load: the same bodies again change nothing (same versions, so no revision and no event).
        for (JsonNode program : programs) {
            String code = program.get("code").asText();
            given().queryParam("code", code).get("/v1/programs").then().statusCode(200).body("items.size()", equalTo(1));
            asAdmin().body(program.toString()).put("/v1/programs/{code}", code).then().statusCode(200)
                    .body("version", equalTo(programVersions.get(code).intValue()));
        }
        for (JsonNode activity : activities) {
            String externalId = activity.get("externalId").asText();
            upsert(activity).then().statusCode(200).body("version", equalTo(versions.get(externalId).intValue()));
        }

        assertCountsPerReportingOrganization(activities);
        assertRedCrossProjects(ids);
        assertIomGoodPractices(ids);
        assertPeriodsReferencesAndMandates(ids);
    }

    /** Annex I: a national society's project with its coverage, beneficiaries and contact (e-mail only for admins). */
    private static void assertRedCrossProjects(Map<String, String> ids) {
        String amatillo = ids.get("seed-2008-red-cross-honduras-el-amatillo-std-hiv-aids");
        asAdmin().get("/v1/activities/" + amatillo).then().statusCode(200)
                .body("reportingOrganization.code", equalTo("red-cross-honduras"))
                .body("geographicCoverage.en", equalTo("El Amatillo border crossing between Honduras and El Salvador"))
                .body("beneficiaries.count", equalTo(7000))
                .body("recipientCountries", equalTo(List.of("HN", "SV")))
                .body("contacts[0].name", equalTo("Dr. Joel Durón"))
                .body("contacts[0].email", equalTo("saludcrh-cra@honduras.cruzroja.org"));
        given().get("/v1/activities/" + amatillo).then().statusCode(200)
                .body("contacts[0].name", equalTo("Dr. Joel Durón")).body("contacts[0].email", nullValue());
        given().get("/v1/activities/" + ids.get("seed-2008-red-cross-guatemala-humanitarian-chain")).then().statusCode(200)
                .body("beneficiaries.count", nullValue())
                .body("beneficiaries.description.en", equalTo("No accurate data yet."));
        given().get("/v1/activities/" + ids.get("seed-2008-red-cross-colombia-displaced-families-emergency-recovery")).then()
                .body("beneficiaries.count", equalTo(32620)).body("contacts[0].name", equalTo("Alejandra Mendoza"));
    }

    /** Annex II: IOM good practices by theme, with the Spanish the seed gives. */
    private static void assertIomGoodPractices(Map<String, String> ids) {
        given().get("/v1/activities/" + ids.get("seed-2008-iom-costa-rica-finca-sana")).then().statusCode(200)
                .body("themes", hasItem("health"))
                .body("recipientCountries", equalTo(List.of("CR", "PA")))
                .body("participatingOrganizations.organization.code", hasItem("cr-ccss"))
                .body("documents[0].symbol", equalTo("CE/AM/INF.32/08"));
        given().get("/v1/activities/" + ids.get("seed-2008-iom-argentina-no-a-la-trata-campaign")).then()
                .body("title.es", equalTo("No a la Trata de Personas, No a la Esclavitud Moderna"));
        given().queryParam("theme", "trafficking-and-smuggling").queryParam("country", "PY").queryParam("limit", 200)
                .get("/v1/activities").then().statusCode(200)
                .body("items.externalId", hasItem("seed-2008-iom-triple-frontier-trafficking"));
    }

    private static void assertPeriodsReferencesAndMandates(Map<String, String> ids) {
        // "January – December 2008": month precision kept.
        given().get("/v1/activities/" + ids.get("seed-2008-andean-community-free-circulation-diagnostic")).then()
                .body("program", equalTo("andean-community-migration"))
                .body("plannedStart", equalTo("2008-01")).body("plannedEnd", equalTo("2008-12"));
        given().get("/v1/activities/" + ids.get("seed-2008-oas-cim-gender-migration-observatory")).then()
                .body("documents[0].symbol", equalTo("CE/AM-7/08")).body("documents[0].id", notNullValue());
        given().get("/v1/activities/" + ids.get("seed-2009-oas-rial-workshop-labor-migration-lmis")).then()
                .body("actualStart", equalTo("2009-02-24")).body("actualEnd", equalTo("2009-02-25"))
                .body("mandates[0].resolution", equalTo("AG/RES. 2356 (XXXVIII-O/08)"))
                .body("mandates[0].resolutionId", notNullValue());
        given().get("/v1/activities/" + ids.get("seed-2013-oas-cam-course-migration-development-human-rights")).then()
                .body("mandates[0].paragraph", equalTo("2")).body("mandates[0].paragraphId", notNullValue());
        given().queryParam("code", "oas-sicremi").get("/v1/programs").then()
                .body("items[0].owner.code", equalTo("oas-sedi")).body("items[0].mandates[0].paragraph", equalTo("3"));
    }

    /** Reporting organizations have exactly the activities the seed gives them (e.g. IOM 43, ECLAC 17). */
    private static void assertCountsPerReportingOrganization(JsonNode activities) {
        Map<String, Integer> expected = new TreeMap<>();
        activities.forEach(a -> expected.merge(a.get("reportingOrganization").asText(), 1, Integer::sum));
        assertEquals(43, expected.get("iom"));
        assertEquals(17, expected.get("eclac"));
        for (String organization : List.of("iom", "eclac", "oas-sedi-dsde", "andean-community", "red-cross-el-salvador")) {
            List<String> externalIds = given().queryParam("reportingOrganization", organization).queryParam("limit", 200)
                    .get("/v1/activities").then().statusCode(200).extract().jsonPath().getList("items.externalId", String.class);
            assertEquals(expected.get(organization), (int) externalIds.stream().filter(id -> id.startsWith("seed-")).count(), organization);
        }
    }

    /**
     * What the API holds after the load, counted per kind, is what deploy/local/seed/inventory.json counts in the
     * five source documents: programmes, activities, their links to resolution paragraphs and to meetings, and the
     * activities of each theme (the themes the documents name, such as indigenous peoples, filter too).
     */
    @Test
    void theLoadedCountsPerKindAreTheInventorys() throws IOException {
        loadOnce();
        JsonNode inventory = read("inventory.json");
        JsonNode expected = inventory.get("counts");
        int programs = 0;
        for (JsonNode item : inventory.get("programs")) {
            given().queryParam("code", item.get("key").asText()).get("/v1/programs").then().statusCode(200).body("items.size()", equalTo(1));
            programs++;
        }
        assertEquals(expected.get("programs").asInt(), programs);

        List<JsonNode> seeded = seedActivities();
        Map<String, Integer> held = new TreeMap<>();
        Map<String, Integer> themes = new TreeMap<>();
        for (JsonNode activity : seeded) {
            for (JsonNode mandate : activity.path("mandates")) {
                held.merge("resolutionActivityLinks", 1, Integer::sum);
                held.merge("paragraphActivityLinks", mandate.hasNonNull("paragraphId") ? 1 : 0, Integer::sum);
            }
            for (JsonNode identifier : activity.path("identifiers")) {
                held.merge("meetingActivityLinks", "oas-seed-meeting".equals(identifier.path("scheme").asText()) ? 1 : 0, Integer::sum);
            }
            activity.path("themes").forEach(theme -> themes.merge(theme.asText(), 1, Integer::sum));
        }
        assertEquals(expected.get("activities").asInt(), seeded.size());
        for (String kind : List.of("resolutionActivityLinks", "paragraphActivityLinks", "meetingActivityLinks")) {
            assertEquals(expected.get(kind).asInt(), held.getOrDefault(kind, 0), kind);
        }
        assertEquals(JSON.convertValue(expected.get("activitiesByTheme"), new com.fasterxml.jackson.core.type.TypeReference<TreeMap<String, Integer>>() { }),
                themes);
        for (String theme : List.of("indigenous-peoples", "diaspora", "regional-consultative-processes", "civil-society")) {
            List<String> filtered = given().queryParam("theme", theme).queryParam("limit", 200).get("/v1/activities").then().statusCode(200)
                    .extract().jsonPath().getList("items.externalId", String.class);
            assertEquals(expected.get("activitiesByTheme").get(theme).asInt(), (int) filtered.stream().filter(id -> id.startsWith("seed-")).count(), theme);
        }
    }

    /** Every seed activity the API lists, following nextCursor. */
    private static List<JsonNode> seedActivities() throws IOException {
        List<JsonNode> seeded = new java.util.ArrayList<>();
        String cursor = null;
        do {
            io.restassured.specification.RequestSpecification request = given().queryParam("limit", 200);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonNode page = JSON.readTree(request.get("/v1/activities").then().statusCode(200).extract().asString());
            page.path("items").forEach(item -> {
                if (item.path("externalId").asText().startsWith("seed-")) {
                    seeded.add(item);
                }
            });
            cursor = page.hasNonNull("nextCursor") ? page.get("nextCursor").asText() : null;
        } while (cursor != null);
        return seeded;
    }

    // ---- loading ----

    /** The first load, once: references as events, then every programme posted and every activity upserted. */
    private static synchronized void loadOnce() throws IOException {
        if (!IDS.isEmpty()) {
            return;
        }
        publishReferences();
        for (JsonNode program : read("programs.json")) {
            Response created = untilProjected(() -> asAdmin().body(program.toString()).post("/v1/programs"));
            created.then().statusCode(201).body("code", equalTo(program.get("code").asText()));
            PROGRAM_VERSIONS.put(program.get("code").asText(), created.jsonPath().getLong("version"));
        }
        for (JsonNode activity : read("activities.json")) {
            String externalId = activity.get("externalId").asText();
            Response created = untilProjected(() -> upsert(activity));
            created.then().statusCode(201).body("externalId", equalTo(externalId));
            IDS.put(externalId, created.jsonPath().getString("id"));
            VERSIONS.put(externalId, created.jsonPath().getLong("version"));
        }
    }

    /** Plays organizations-service and meetings-service: the registry, documents and resolutions as their events. */
    private static void publishReferences() throws IOException {
        try (EventWriter writer = new EventWriter()) {
            for (JsonNode org : read("organizations.json")) {
                ObjectNode event = ((ObjectNode) org.deepCopy()).put("id", uuid("organization:" + org.get("code").asText())).put("version", 0);
                writer.publish("organizations.v1", "org.oas.migration.organization.created", event.get("id").asText(), event.toString());
            }
            for (JsonNode document : read("documents.json")) {
                ObjectNode event = ((ObjectNode) document.deepCopy()).put("id", uuid("document:" + document.get("symbol").asText())).put("version", 0);
                writer.publish("meetings.v1", "org.oas.migration.document.created", event.get("id").asText(), event.toString());
            }
            for (JsonNode resolution : read("resolutions.json")) {
                String key = resolution.hasNonNull("symbol") ? resolution.get("symbol").asText() : resolution.get("draftClassification").asText();
                ObjectNode event = ((ObjectNode) resolution.deepCopy()).put("id", uuid("resolution:" + key)).put("version", 0);
                // As meetings-service publishes it: the body expanded, every operative paragraph with its stable id.
                event.putObject("body").put("code", resolution.get("bodyCode").asText());
                for (JsonNode paragraph : event.path("operative")) {
                    ((ObjectNode) paragraph).put("id", uuid("paragraph:" + key + "#" + paragraph.get("number").asText()));
                }
                writer.publish("meetings.v1", "org.oas.migration.resolution.created", event.get("id").asText(), event.toString());
            }
        }
    }

    /** Resends while the answer is a 400 about references the projections have not applied yet. */
    private static Response untilProjected(Callable<Response> send) {
        return await().atMost(PROJECTION_CATCH_UP).pollInterval(Duration.ofMillis(250))
                .until(send, response -> response.statusCode() != 400 || !response.asString().contains("is known here"));
    }

    private static Response upsert(JsonNode activity) {
        return asAdmin().body(activity.toString()).put("/v1/activities/by-external-id/{externalId}", activity.get("externalId").asText());
    }

    private static io.restassured.specification.RequestSpecification asAdmin() {
        return given().header("Authorization", Tokens.bearer(Tokens.admin())).contentType(ContentType.JSON);
    }

    private static String uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static JsonNode read(String file) throws IOException {
        return JSON.readTree(SEED.resolve(file).toFile());
    }
}
