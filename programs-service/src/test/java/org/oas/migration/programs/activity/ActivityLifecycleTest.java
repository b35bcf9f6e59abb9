package org.oas.migration.programs.activity;

import static io.restassured.RestAssured.given;
import static org.oas.migration.platform.testing.EntityTagMatchers.atVersion;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.oas.migration.platform.testing.EventReader.header;
import static org.oas.migration.platform.testing.EventReader.typeAndSubject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oas.migration.platform.testing.EventReader;
import org.oas.migration.platform.testing.Tokens;
import org.oas.migration.programs.Upstream;
import org.oas.migration.programs.activity.domain.ActivityWriteResult;
import org.oas.migration.programs.activity.domain.ActivityWriteResult.Outcome;
import org.oas.migration.programs.activity.domain.ActivityWriter;
import org.oas.migration.programs.activity.domain.WriteActor;

/** One activity's life: POST with Idempotency-Key, conditional GET, merge patch with If-Match, revisions, deletion. */
@QuarkusTest
class ActivityLifecycleTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final String PAHO = "paho-" + RUN;
    private static final String UNHCR = "unhcr-" + RUN;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ActivityWriter writer;

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeAll
    static void upstream() {
        Upstream.organization(PAHO, "Pan American Health Organization", 0, null);
        Upstream.organization(UNHCR, "Office of the United Nations High Commissioner for Refugees", 0, null);
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", Tokens.bearer(token)).contentType(ContentType.JSON);
    }

    /** The smallest valid body, plus {@code extra} members (each starting with a comma). */
    private static String body(String externalId, String org, String extra) {
        return "{\"externalId\":\"" + externalId + "\",\"reportingOrganization\":\"" + org + "\",\"title\":{\"en\":\"Migrant health "
                + "surveillance\",\"es\":\"Vigilancia de la salud de los migrantes\"},\"status\":\"implementation\","
                + "\"contacts\":[{\"name\":\"Luis Gómez\",\"email\":\"luis@example.org\",\"phone\":\"+1 202 555 0100\"}]" + extra + "}";
    }

    @Test
    void postHonoursTheIdempotencyKeyAndRefusesADuplicateExternalId() {
        String body = body("post-1", PAHO, "");
        String key = "key-" + RUN;
        Response first = as(Tokens.partner(PAHO)).header("Idempotency-Key", key).body(body).post("/v1/activities");
        first.then().statusCode(201).header("Location", containsString("/v1/activities/" + first.path("id"))).header("ETag", atVersion(0))
                .body("externalId", equalTo("post-1")).body("version", equalTo(0));
        // The replay answers the first result and creates nothing.
        as(Tokens.partner(PAHO)).header("Idempotency-Key", key).body(body).post("/v1/activities").then().statusCode(201)
                .body("id", equalTo(first.path("id")));
        given().queryParam("reportingOrganization", PAHO).queryParam("externalId", "post-1").get("/v1/activities").then()
                .body("items.size()", equalTo(1));
        // Without the key, a second POST of the same external id is a conflict pointing at the upsert.
        as(Tokens.partner(PAHO)).body(body).post("/v1/activities").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("/v1/activities/by-external-id/post-1"));
        // The same key with another body is refused.
        as(Tokens.partner(PAHO)).header("Idempotency-Key", key).body(body("post-2", PAHO, "")).post("/v1/activities").then()
                .statusCode(422);
        given().contentType(ContentType.JSON).body(body).post("/v1/activities").then().statusCode(401);
        as(Tokens.partner(UNHCR)).body(body("post-3", PAHO, "")).post("/v1/activities").then().statusCode(403);
    }

    @Test
    void getAnswersNotModifiedAndPatchNeedsTheCurrentVersion() {
        String id = as(Tokens.partner(PAHO)).body(body("patch-1", PAHO, "")).put("/v1/activities/by-external-id/patch-1").then()
                .statusCode(201).extract().path("id");
        String etag = given().get("/v1/activities/" + id).then().statusCode(200).header("ETag", atVersion(0)).extract().header("ETag");
        given().header("If-None-Match", etag).get("/v1/activities/" + id).then().statusCode(304);

        RequestSpecification patch = as(Tokens.partner(PAHO)).contentType("application/merge-patch+json");
        patch.header("If-Match", "\"3\"").body("{\"status\":\"closed\"}").patch("/v1/activities/" + id).then().statusCode(412)
                .contentType("application/problem+json");
        as(Tokens.partner(PAHO)).contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"status\":\"closed\",\"recipientCountries\":[\"GT\"],\"description\":{\"es\":\"En la frontera sur\"}}")
                .patch("/v1/activities/" + id).then().statusCode(200).header("ETag", atVersion(1)).body("version", equalTo(1))
                .body("status", equalTo("closed")).body("recipientCountries", equalTo(List.of("GT")))
                .body("title.en", equalTo("Migrant health surveillance"));
        given().header("If-None-Match", etag).get("/v1/activities/" + id).then().statusCode(200).body("status", equalTo("closed"));
        // The merge patch is validated like a full body, and naming another organization is not allowed.
        as(Tokens.partner(PAHO)).contentType("application/merge-patch+json").body("{\"recipientCountries\":[\"ZZ\"]}")
                .patch("/v1/activities/" + id).then().statusCode(400).body("errors.field", hasItem("recipientCountries[0]"));
        as(Tokens.admin()).contentType("application/merge-patch+json").body("{\"reportingOrganization\":\"" + UNHCR + "\"}")
                .patch("/v1/activities/" + id).then().statusCode(400).body("errors.field", hasItem("reportingOrganization"));
        as(Tokens.admin()).contentType("application/merge-patch+json").body("{\"externalId\":\"other\"}")
                .patch("/v1/activities/" + id).then().statusCode(400).body("errors.field", hasItem("externalId"));
        given().get("/v1/activities/" + id).then().body("version", equalTo(1));
        given().get("/v1/activities/not-an-id").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void revisionsKeepEveryChangeNewestFirstPageByPage() {
        String id = as(Tokens.partner(PAHO)).body(body("rev-1", PAHO, "")).put("/v1/activities/by-external-id/rev-1").then()
                .statusCode(201).extract().path("id");
        as(Tokens.admin()).body(body("rev-1", PAHO, ",\"themes\":[\"health\"]")).put("/v1/activities/by-external-id/rev-1").then()
                .statusCode(200);
        as(Tokens.partner(PAHO)).body(body("rev-1", PAHO, ",\"themes\":[\"health\",\"gender\"]")).put("/v1/activities/by-external-id/rev-1")
                .then().statusCode(200).body("version", equalTo(2));

        Response first = as(Tokens.admin()).queryParam("limit", 2).get("/v1/activities/" + id + "/revisions");
        first.then().statusCode(200).body("items.version", equalTo(List.of(2, 1))).header("Link", containsString("rel=\"next\""))
                .body("items[0].organization", equalTo(PAHO))
                .body("items[0].changes[0].field", equalTo("themes"))
                .body("items[0].changes[0].from", equalTo(List.of("health")))
                .body("items[0].changes[0].to", equalTo(List.of("health", "gender")))
                // The admin's change: its client and the token's organization (the secretariat).
                .body("items[1].clientId", equalTo("test-admin")).body("items[1].organization", equalTo("oas"))
                .body("items[1].changes[0].from", equalTo(null));
        assertNotNull(first.path("items[0].changedAt"));
        as(Tokens.admin()).queryParam("limit", 2).queryParam("cursor", (String) first.path("nextCursor")).get("/v1/activities/" + id + "/revisions")
                .then().statusCode(200).body("items.version", equalTo(List.of(0))).body("items[0].action", equalTo("created"))
                .body("nextCursor", equalTo(null))
                // Revisions are public: contacts by name only.
                .body("items[0].changes.find { it.field == 'contacts' }.to", equalTo(List.of("Luis Gómez")));
        assertFalse(given().get("/v1/activities/" + id + "/revisions").asString().contains("luis@example.org"));
    }

    @Test
    void aNewActivityMayTakeTheExternalIdOfADeletedOne() {
        String deleted = as(Tokens.partner(PAHO)).body(body("renewed-1", PAHO, "")).put("/v1/activities/by-external-id/renewed-1").then()
                .statusCode(201).extract().path("id");
        as(Tokens.partner(PAHO)).delete("/v1/activities/" + deleted).then().statusCode(204);
        String again = as(Tokens.partner(PAHO)).body(body("renewed-1", PAHO, "")).put("/v1/activities/by-external-id/renewed-1").then()
                .statusCode(201).body("version", equalTo(0)).extract().path("id");
        assertNotEquals(deleted, again);
        given().queryParam("reportingOrganization", PAHO).queryParam("externalId", "renewed-1").get("/v1/activities").then()
                .body("items.id", equalTo(List.of(again)));
    }

    @Test
    void deletionIsSoftPublishedAndRecorded() throws Exception {
        String id = as(Tokens.partner(PAHO)).body(body("del-1", PAHO, "")).put("/v1/activities/by-external-id/del-1").then()
                .statusCode(201).extract().path("id");
        as(Tokens.partner(UNHCR)).delete("/v1/activities/" + id).then().statusCode(403);
        given().delete("/v1/activities/" + id).then().statusCode(401);
        as(Tokens.partner(PAHO)).header("If-Match", "\"5\"").delete("/v1/activities/" + id).then().statusCode(412);
        as(Tokens.partner(PAHO)).header("If-Match", "\"0\"").delete("/v1/activities/" + id).then().statusCode(204);
        given().get("/v1/activities/" + id).then().statusCode(404).contentType("application/problem+json");
        given().queryParam("reportingOrganization", PAHO).get("/v1/activities").then().body("items.id", not(hasItem(id)));

        try (EventReader reader = new EventReader("programs.v1")) {
            ConsumerRecord<String, String> deleted = reader.await(typeAndSubject("org.oas.migration.activity.deleted", id), Duration.ofSeconds(30));
            assertEquals(id, deleted.key());
            JsonNode payload = JSON.readTree(deleted.value());
            assertEquals(1, payload.get("version").asInt());
            assertEquals(PAHO, payload.at("/reportingOrganization/code").asText());
            assertEquals("del-1", payload.get("externalId").asText());
        }
        // The external id is free again: the partner may push it anew (a new activity).
        String again = as(Tokens.partner(PAHO)).body(body("del-1", PAHO, "")).put("/v1/activities/by-external-id/del-1").then()
                .statusCode(201).extract().path("id");
        assertFalse(again.equals(id));
    }

    @Test
    void listsShowContactsOnlyToAdminsAndTheReportingPartner() {
        as(Tokens.partner(PAHO)).body(body("contacts-1", PAHO, "")).put("/v1/activities/by-external-id/contacts-1").then().statusCode(201);
        as(Tokens.partner(UNHCR)).body(body("contacts-2", UNHCR, "")).put("/v1/activities/by-external-id/contacts-2").then().statusCode(201);
        String path = "items.find { it.externalId == '%s' }.contacts[0].email";

        given().queryParam("q", "vigilancia").queryParam("lang", "es").queryParam("organization", PAHO).get("/v1/activities").then()
                .body(path.formatted("contacts-1"), equalTo(null)).body("items.contacts[0].name", hasItem("Luis Gómez"));
        as(Tokens.admin()).queryParam("q", "surveillance").get("/v1/activities").then()
                .body(path.formatted("contacts-1"), equalTo("luis@example.org")).body(path.formatted("contacts-2"), equalTo("luis@example.org"));
        // A partner sees its own contacts, not another organization's.
        as(Tokens.partner(UNHCR)).queryParam("externalId", "contacts-1").get("/v1/activities").then()
                .body("items[0].contacts[0].email", equalTo(null)).body("items[0].contacts[0].phone", equalTo(null));
        as(Tokens.partner(UNHCR)).queryParam("externalId", "contacts-2").get("/v1/activities").then()
                .body("items[0].contacts[0].phone", equalTo("+1 202 555 0100"));
    }

    @Test
    void unknownAndServerOwnedFieldsAreRefusedByName() {
        as(Tokens.admin()).body(body("keys-1", PAHO, ",\"colour\":\"red\"")).put("/v1/activities/by-external-id/keys-1").then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("colour"));
        as(Tokens.admin()).body(body("keys-1", PAHO, ",\"version\":3")).put("/v1/activities/by-external-id/keys-1").then()
                .statusCode(400).body("errors.field", hasItem("version"));
        as(Tokens.admin()).body(body("keys-1", PAHO, ",\"updatedAt\":\"2026-01-01T00:00:00Z\"")).put("/v1/activities/by-external-id/keys-1")
                .then().statusCode(400).body("errors.field", hasItem("updatedAt"));
        // The contact replaces the body's own (a field given twice is refused on its own).
        as(Tokens.admin()).body(body("keys-1", PAHO, "").replaceFirst("\"contacts\":\\[.*?]", "\"contacts\":[{\"name\":\"A\",\"fax\":\"1\"}]"))
                .put("/v1/activities/by-external-id/keys-1").then().statusCode(400).body("errors.field", hasItem("contacts[0].fax"));
        as(Tokens.admin()).body(body("keys-1", PAHO, ",\"title\":{\"en\":\"x\",\"de\":\"y\"}").replaceFirst(",\"title\":\\{\"en\":\"Migrant"
                        + " health surveillance\",\"es\":\"Vigilancia de la salud de los migrantes\"}", ""))
                .put("/v1/activities/by-external-id/keys-1").then().statusCode(400).body("errors.field", hasItem("title"));
        as(Tokens.admin()).body(body("keys-1", PAHO, ",\"themes\":[\"astrology\"]")).put("/v1/activities/by-external-id/keys-1").then()
                .statusCode(400).body("errors[0].message", containsString("border-management"));
        as(Tokens.admin()).body(body("keys-1", PAHO, ",\"plannedStart\":\"2008-13\"")).put("/v1/activities/by-external-id/keys-1").then()
                .statusCode(400).body("errors.field", hasItem("plannedStart"));
        as(Tokens.admin()).body(body("keys-1", PAHO, ",\"actualStart\":\"2009-03-01\",\"actualEnd\":\"2009-02\"")).put("/v1/activities/by-external-id/keys-1")
                .then().statusCode(400).body("errors.field", equalTo(List.of("actualEnd")));
        // Same period at two precisions is fine: "2009" ends after "2009-03-01" starts.
        as(Tokens.admin()).body(body("keys-1", PAHO, ",\"actualStart\":\"2009-03-01\",\"actualEnd\":\"2009\"")).put("/v1/activities/by-external-id/keys-1")
                .then().statusCode(201);
        as(Tokens.admin()).body("{\"externalId\":").put("/v1/activities/by-external-id/keys-2").then().statusCode(400)
                .contentType("application/problem+json");
        as(Tokens.admin()).body(body("keys-3", PAHO, "")).put("/v1/activities/by-external-id/keys-other").then().statusCode(400)
                .body("errors.field", hasItems("externalId"));
    }

    @Test
    void theWriterReportsWithoutThrowingAndADryRunWritesNothing() throws Exception {
        WriteActor partner = new WriteActor("test-client", PAHO, false);
        ObjectNode body = (ObjectNode) JSON.readTree(body("writer-1", PAHO, ""));

        ActivityWriteResult dry = QuarkusTransaction.requiringNew().call(() -> writer.upsertByExternalId(partner, body, true));
        assertEquals(Outcome.CREATED, dry.outcome());
        assertNull(dry.id());
        given().queryParam("reportingOrganization", PAHO).queryParam("externalId", "writer-1").get("/v1/activities").then()
                .body("items", equalTo(List.of()));

        ActivityWriteResult created = QuarkusTransaction.requiringNew().call(() -> writer.upsertByExternalId(partner, body, false));
        assertEquals(Outcome.CREATED, created.outcome());
        assertEquals(0L, created.version());
        ActivityWriteResult unchanged = QuarkusTransaction.requiringNew().call(() -> writer.upsertByExternalId(partner, body, false));
        assertEquals(new ActivityWriteResult(Outcome.UNCHANGED, created.id(), 0L, null), unchanged);
        ObjectNode changed = body.deepCopy().put("status", "closed");
        ActivityWriteResult updated = QuarkusTransaction.requiringNew().call(() -> writer.upsertByExternalId(partner, changed, false));
        assertEquals(new ActivityWriteResult(Outcome.UPDATED, created.id(), 1L, null), updated);

        // Rejections come back as results; the caller's transaction stays usable for the next line.
        ActivityWriteResult[] results = QuarkusTransaction.requiringNew().call(() -> new ActivityWriteResult[] {
            writer.upsertByExternalId(new WriteActor("test-client", UNHCR, false), body, false),
            writer.upsertByExternalId(partner, body.deepCopy().put("status", "ongoing"), false),
            writer.upsertByExternalId(partner, body.deepCopy().put("reportingOrganization", "nowhere-" + RUN), false),
            writer.upsertByExternalId(partner, (ObjectNode) body.deepCopy().put("externalId", "writer-2").set("recipientCountries",
                    JSON.readTree("[\"SV\"]")), false)});
        assertEquals(403, results[0].problem().status());
        assertEquals(400, results[1].problem().status());
        assertEquals(Outcome.REJECTED, results[2].outcome());
        assertEquals(Outcome.CREATED, results[3].outcome(), "a good line after bad ones in the same transaction is written");
        given().queryParam("reportingOrganization", PAHO).queryParam("externalId", "writer-2").get("/v1/activities").then()
                .body("items[0].recipientCountries", equalTo(List.of("SV")));
        given().get("/v1/activities/" + created.id() + "/revisions").then().body("items.version", equalTo(List.of(1, 0)));
    }

    @Test
    void anonymousReadersOfRevisionsSeeTheWritingOrganizationButNotItsClient() {
        String id = as(Tokens.partner(PAHO)).body(body("rev-anon", PAHO, "")).put("/v1/activities/by-external-id/rev-anon").then()
                .statusCode(201).extract().path("id");

        given().get("/v1/activities/" + id + "/revisions").then().statusCode(200)
                .body("items[0].organization", equalTo(PAHO)).body("items[0]", not(hasKey("clientId")));
    }

    @Test
    void aPartnerSeesTheClientsOfItsOwnOrganizationsRevisionsOnly() {
        String id = as(Tokens.partner(PAHO)).body(body("rev-own", PAHO, "")).put("/v1/activities/by-external-id/rev-own").then()
                .statusCode(201).extract().path("id");
        as(Tokens.admin()).body(body("rev-own", PAHO, ",\"themes\":[\"health\"]")).put("/v1/activities/by-external-id/rev-own").then()
                .statusCode(200);

        as(Tokens.partner(PAHO)).get("/v1/activities/" + id + "/revisions").then().statusCode(200)
                .body("items.organization", equalTo(List.of("oas", PAHO)))
                .body("items[0]", not(hasKey("clientId"))).body("items[1].clientId", notNullValue());
    }
}
