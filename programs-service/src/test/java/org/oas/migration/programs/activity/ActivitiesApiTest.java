package org.oas.migration.programs.activity;

import static io.restassured.RestAssured.given;
import static org.oas.migration.platform.testing.EntityTagMatchers.atVersion;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.oas.migration.platform.testing.EventReader.header;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oas.migration.platform.testing.EventReader;
import org.oas.migration.platform.testing.Tokens;
import org.oas.migration.programs.Upstream;

@QuarkusTest
class ActivitiesApiTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final String IOM = "iom-" + RUN;
    private static final String ECLAC = "eclac-" + RUN;
    private static final String SYMBOL = "AG/RES. " + (1000 + Math.abs(RUN.hashCode()) % 8000) + " (XXXVI-O/99)";
    private static final String DOCUMENT = "CP/INF. " + (1000 + Math.abs(RUN.hashCode()) % 8000) + "/99";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static UUID paragraph3;

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeAll
    static void upstream() {
        Upstream.organization(IOM, "International Organization for Migration", 0, "XM-DAC-47066-" + RUN);
        Upstream.organization(ECLAC, "Economic Commission for Latin America and the Caribbean", 0, null);
        paragraph3 = Upstream.resolution(SYMBOL, "1", "3", "5bis").get(2);
        Upstream.document(DOCUMENT, "Presentation by IOM");
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", Tokens.bearer(token)).contentType(ContentType.JSON);
    }

    private static String activity(String externalId, String org, String status, String extra) {
        return "{\"externalId\":\"" + externalId + "\",\"reportingOrganization\":\"" + org + "\",\"title\":{\"en\":\"Health and migration "
                + "at El Amatillo\",\"es\":\"Salud y migración en El Amatillo\"},\"status\":\"" + status + "\",\"plannedStart\":\"2008-01\","
                + "\"plannedEnd\":\"2008-12\",\"recipientCountries\":[\"SV\",\"HN\"],\"geographicCoverage\":{\"en\":\"El Amatillo border "
                + "crossing between Honduras and El Salvador\"},\"beneficiaries\":{\"description\":{\"en\":\"No accurate data yet\"}},"
                + "\"themes\":[\"health\",\"border-management\"],\"participatingOrganizations\":[{\"organization\":\"" + ECLAC
                + "\",\"role\":\"partner\"}],\"documents\":[{\"symbol\":\"" + DOCUMENT.toLowerCase().replace(" ", "") + "\"}],"
                + "\"contacts\":[{\"name\":\"Ana Pérez\",\"role\":\"Programme officer\",\"email\":\"ana@example.org\"}],"
                + "\"mandates\":[{\"resolution\":\"" + SYMBOL + "\",\"paragraph\":\"3\"}]" + extra + "}";
    }

    @Test
    void thePartnerPushApiFollowsTheAuthorizationMatrix() {
        String body = activity("auth-1", IOM, "pipeline", "");
        given().contentType(ContentType.JSON).body(body).put("/v1/activities/by-external-id/auth-1").then().statusCode(401)
                .contentType("application/problem+json");
        as(Tokens.expired()).body(body).put("/v1/activities/by-external-id/auth-1").then().statusCode(401);
        as(Tokens.forged()).body(body).put("/v1/activities/by-external-id/auth-1").then().statusCode(401);
        as(Tokens.unsigned()).body(body).put("/v1/activities/by-external-id/auth-1").then().statusCode(401);
        as(Tokens.partner(ECLAC)).body(body).put("/v1/activities/by-external-id/auth-1").then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString(IOM));
        given().queryParam("reportingOrganization", IOM).queryParam("externalId", "auth-1").get("/v1/activities").then()
                .body("items", equalTo(List.of()));

        Response created = as(Tokens.partner(IOM)).body(body).put("/v1/activities/by-external-id/auth-1");
        created.then().statusCode(201).header("Location", containsString("/v1/activities/")).header("ETag", atVersion(0))
                .body("reportingOrganization.code", equalTo(IOM))
                .body("reportingOrganization.name.en", equalTo("International Organization for Migration"))
                .body("participatingOrganizations[0].organization.code", equalTo(ECLAC))
                .body("documents[0].symbol", equalTo(DOCUMENT)).body("documents[0].title.en", equalTo("Presentation by IOM"))
                .body("mandates[0].resolution", equalTo(SYMBOL)).body("mandates[0].paragraphId", equalTo(paragraph3.toString()))
                .body("contacts[0].email", equalTo("ana@example.org"));
        String id = created.path("id");
        // Contacts are personal data: the public sees names only.
        given().get("/v1/activities/" + id).then().statusCode(200).body("contacts[0].name", equalTo("Ana Pérez"))
                .body("contacts[0].email", nullValue());
        as(Tokens.partner(ECLAC)).get("/v1/activities/" + id).then().body("contacts[0].email", nullValue());
        as(Tokens.admin()).get("/v1/activities/" + id).then().body("contacts[0].email", equalTo("ana@example.org"));

        // Another partner may not change or delete it; the admin may.
        as(Tokens.partner(ECLAC)).contentType("application/merge-patch+json").body("{\"status\":\"closed\"}")
                .patch("/v1/activities/" + id).then().statusCode(403);
        as(Tokens.partner(ECLAC)).delete("/v1/activities/" + id).then().statusCode(403);
        as(Tokens.admin()).body(activity("auth-1", IOM, "implementation", "")).put("/v1/activities/by-external-id/auth-1")
                .then().statusCode(200).body("version", equalTo(1)).body("status", equalTo("implementation"));
        // A partner cannot move an activity to another organization.
        as(Tokens.partner(IOM)).contentType("application/merge-patch+json").body("{\"reportingOrganization\":\"" + ECLAC + "\"}")
                .patch("/v1/activities/" + id).then().statusCode(403);
    }

    @Test
    void theSameBodyTwiceIsOneRevisionAndOneEvent() throws Exception {
        String body = activity("idem-1", IOM, "pipeline", "");
        String id = as(Tokens.partner(IOM)).body(body).put("/v1/activities/by-external-id/idem-1").then().statusCode(201).extract().path("id");
        as(Tokens.partner(IOM)).body(body).put("/v1/activities/by-external-id/idem-1").then().statusCode(200).body("version", equalTo(0));
        as(Tokens.partner(IOM)).header("If-Match", "\"7\"").body(body.replace("pipeline", "implementation"))
                .put("/v1/activities/by-external-id/idem-1").then().statusCode(412).contentType("application/problem+json");
        as(Tokens.partner(IOM)).header("If-Match", "\"0\"").body(body.replace("pipeline", "implementation"))
                .put("/v1/activities/by-external-id/idem-1").then().statusCode(200).body("version", equalTo(1));

        given().get("/v1/activities/" + id + "/revisions").then().statusCode(200)
                .body("items.version", equalTo(List.of(1, 0))).body("items.action", equalTo(List.of("updated", "created")))
                .body("items[0].clientId", equalTo(null)).body("items[0].organization", equalTo(IOM))
                .body("items[0].changes", equalTo(List.of(java.util.Map.of("field", "status", "from", "pipeline", "to", "implementation"))))
                .body("items[1].changes.field", hasItems("title", "contacts")).body("items[1].changes.find { it.field == 'contacts' }.to",
                        equalTo(List.of("Ana Pérez")));

        try (EventReader reader = new EventReader("programs.v1")) {
            reader.await(r -> id.equals(r.key()) && "org.oas.migration.activity.updated".equals(header(r, "ce_type")), Duration.ofSeconds(30));
            List<ConsumerRecord<String, String>> events = reader.awaitCount(r -> id.equals(r.key()), 2, Duration.ofSeconds(5));
            assertEquals(List.of("org.oas.migration.activity.created", "org.oas.migration.activity.updated"),
                    events.stream().map(r -> header(r, "ce_type")).toList(), "the unchanged write published nothing");
            ConsumerRecord<String, String> updated = events.get(1);
            assertEquals("/programs-service", header(updated, "ce_source"));
            assertEquals(id, header(updated, "ce_subject"));
            JsonNode payload = JSON.readTree(updated.value());
            assertEquals(1, payload.get("version").asInt());
            assertEquals(JSON.readTree(given().get("/v1/activities/" + id).asString()), payload, "the event carries the public GET");
            assertFalse(updated.value().contains("ana@example.org"), "no personal data on the topic");
        }
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsStored() {
        as(Tokens.admin()).body(activity("bad-1", IOM, "pipeline", "").replace("\"SV\"", "\"XX\"").replace("\"plannedEnd\":\"2008-12\"",
                        "\"plannedEnd\":\"2007\"")).put("/v1/activities/by-external-id/bad-1")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("recipientCountries[0]"));
        as(Tokens.admin()).body(activity("bad-1", IOM, "pipeline", "").replace("\"plannedEnd\":\"2008-12\"", "\"plannedEnd\":\"2007\""))
                .put("/v1/activities/by-external-id/bad-1").then().statusCode(400).body("errors.field", hasItems("plannedEnd"));
        as(Tokens.admin()).body(activity("bad-1", "nowhere-" + RUN, "pipeline", "").replace(DOCUMENT.toLowerCase().replace(" ", ""), "CP/INF. 1/01")
                        .replace("\"paragraph\":\"3\"", "\"paragraph\":\"99\""))
                .put("/v1/activities/by-external-id/bad-1").then().statusCode(400)
                .body("errors.field", hasItems("reportingOrganization", "documents[0].symbol", "mandates[0].paragraph"));
        as(Tokens.admin()).body(activity("bad-1", IOM, "ongoing", ",\"colour\":\"red\"")).put("/v1/activities/by-external-id/bad-1")
                .then().statusCode(400).contentType("application/problem+json");
        as(Tokens.admin()).body(activity("bad-1", IOM, "pipeline", ",\"id\":\"" + UUID.randomUUID() + "\"")).put("/v1/activities/by-external-id/bad-1")
                .then().statusCode(400).body("detail", containsString("id"));
        given().queryParam("reportingOrganization", IOM).queryParam("externalId", "bad-1").get("/v1/activities").then()
                .body("items", equalTo(List.of()));
    }

    @Test
    void listsFilterPageAndSearchInSpanish() {
        as(Tokens.partner(IOM)).body(activity("list-1", IOM, "pipeline", "")).put("/v1/activities/by-external-id/list-1").then().statusCode(201);
        as(Tokens.partner(IOM)).body(activity("list-2", IOM, "closed", "").replace("\"SV\",\"HN\"", "\"MX\"")
                .replace("\"plannedStart\":\"2008-01\",\"plannedEnd\":\"2008-12\"", "\"plannedStart\":\"2013\"")).put("/v1/activities/by-external-id/list-2")
                .then().statusCode(201);
        given().queryParam("organization", ECLAC).queryParam("country", "MX").get("/v1/activities").then().statusCode(200)
                .body("items.externalId", equalTo(List.of("list-2")));
        given().queryParam("reportingOrganization", IOM).queryParam("from", "2013").get("/v1/activities").then()
                .body("items.externalId", equalTo(List.of("list-2")));
        given().queryParam("reportingOrganization", IOM).queryParam("to", "2008-06").queryParam("status", "pipeline").get("/v1/activities").then()
                .body("items.externalId", hasItems("list-1")).body("items.externalId", not(hasItems("list-2")));
        given().queryParam("mandate", paragraph3.toString()).queryParam("theme", "health").queryParam("externalId", "list-2").get("/v1/activities")
                .then().body("items.externalId", equalTo(List.of("list-2")));
        given().queryParam("mandate", SYMBOL.toLowerCase()).queryParam("externalId", "list-1").get("/v1/activities").then()
                .body("items.externalId", equalTo(List.of("list-1")));
        given().queryParam("q", "salud migración").queryParam("lang", "es").queryParam("reportingOrganization", IOM).get("/v1/activities")
                .then().body("items.externalId", hasItems("list-1", "list-2"));

        Response first = given().queryParam("reportingOrganization", IOM).queryParam("limit", 1).get("/v1/activities");
        first.then().statusCode(200).header("Link", containsString("rel=\"next\"")).body("items.size()", equalTo(1));
        String second = given().queryParam("reportingOrganization", IOM).queryParam("limit", 1).queryParam("cursor", (String) first.path("nextCursor"))
                .get("/v1/activities").path("items[0].id");
        assertFalse(second.equals(first.path("items[0].id")), "the next page starts after the first");
        given().queryParam("limit", 500).get("/v1/activities").then().statusCode(400).contentType("application/problem+json");
        given().queryParam("theme", "astronomy").get("/v1/activities").then().statusCode(400).body("errors[0].field", equalTo("theme"));
    }

    @Test
    void programmesGroupActivities() {
        String code = "iom-migration-health-" + RUN;
        as(Tokens.partner(ECLAC)).body(program(code)).post("/v1/programs").then().statusCode(403);
        as(Tokens.partner(IOM)).body(program(code)).post("/v1/programs").then().statusCode(201).header("Location", notNullValue())
                .body("owner.code", equalTo(IOM)).body("mandates[0].paragraphId", equalTo(paragraph3.toString()));
        as(Tokens.partner(IOM)).body(program(code)).post("/v1/programs").then().statusCode(409);
        as(Tokens.partner(IOM)).body(activity("prog-1", IOM, "pipeline", ",\"program\":\"" + code + "\"")).put("/v1/activities/by-external-id/prog-1")
                .then().statusCode(201).body("program", equalTo(code));
        as(Tokens.partner(IOM)).body(activity("prog-2", IOM, "pipeline", ",\"program\":\"no-such-" + RUN + "\""))
                .put("/v1/activities/by-external-id/prog-2").then().statusCode(400).body("errors.field", hasItems("program"));
        given().get("/v1/programs/" + code).then().statusCode(200).body("code", equalTo(code)).header("ETag", atVersion(0));
        given().queryParam("owner", IOM).get("/v1/programs").then().body("items.code", equalTo(List.of(code)));
        given().queryParam("program", code).get("/v1/activities").then().body("items.externalId", equalTo(List.of("prog-1")));
        as(Tokens.partner(IOM)).contentType("application/merge-patch+json").body("{\"status\":\"completed\"}").patch("/v1/programs/" + code)
                .then().statusCode(200).body("status", equalTo("completed")).body("version", equalTo(1));
    }

    private static String program(String code) {
        return "{\"code\":\"" + code + "\",\"owner\":\"" + IOM + "\",\"title\":{\"en\":\"Migration health\"},\"themes\":[\"health\"],"
                + "\"mandates\":[{\"resolution\":\"" + SYMBOL + "\",\"paragraph\":\"3\"}],\"start\":\"2008\",\"status\":\"active\"}";
    }
}
