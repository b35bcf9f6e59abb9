package org.oas.migration.programs.program;

import static io.restassured.RestAssured.given;
import static org.oas.migration.platform.testing.EntityTagMatchers.atVersion;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.oas.migration.platform.testing.EventReader.header;
import static org.oas.migration.platform.testing.EventReader.typeAndSubject;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oas.migration.platform.testing.EventReader;
import org.oas.migration.platform.testing.Tokens;
import org.oas.migration.programs.Upstream;

@QuarkusTest
class ProgramsApiTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final String SEDI = "oas-sedi-" + RUN;
    private static final String IOM = "iom-" + RUN;
    private static final String DIDH = "oas-didh-" + RUN;
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeAll
    static void upstream() {
        Upstream.organization(SEDI, "Executive Secretariat for Integral Development", 0, null);
        Upstream.organization(IOM, "International Organization for Migration", 0, null);
        Upstream.organization(DIDH, "Department of International Law", 0, null);
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", Tokens.bearer(token)).contentType(ContentType.JSON);
    }

    private static String program(String code, String owner, String status, String extra) {
        return "{\"code\":\"" + code + "\",\"owner\":\"" + owner + "\",\"title\":{\"en\":\"Migration and development programme\","
                + "\"es\":\"Programa de migración y desarrollo\"},\"description\":{\"es\":\"Remesas de los trabajadores migratorios\"},"
                + "\"themes\":[\"remittances\",\"migration-and-development\"],\"start\":\"2008\",\"end\":\"2009-06\",\"status\":\"" + status + "\""
                + extra + "}";
    }

    @Test
    void aDeletedProgrammeIsNotFoundByItsCode() {
        String code = "sedi-retired-" + RUN;
        as(Tokens.partner(SEDI)).body(program(code, SEDI, "active", "")).post("/v1/programs").then().statusCode(201);
        as(Tokens.partner(SEDI)).delete("/v1/programs/" + code).then().statusCode(204);
        given().get("/v1/programs/" + code).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aNewProgrammeMayTakeTheCodeOfADeletedOne() {
        String code = "sedi-renewed-" + RUN;
        String deleted = as(Tokens.partner(SEDI)).body(program(code, SEDI, "completed", "")).post("/v1/programs").then().statusCode(201)
                .extract().path("id");
        as(Tokens.partner(SEDI)).delete("/v1/programs/" + code).then().statusCode(204);
        String again = as(Tokens.partner(SEDI)).body(program(code, SEDI, "active", "")).post("/v1/programs").then().statusCode(201)
                .body("version", equalTo(0)).extract().path("id");
        assertNotEquals(deleted, again);
        given().get("/v1/programs/" + code).then().statusCode(200).body("id", equalTo(again));
    }

    @Test
    void ownersAndAdminsWriteOthersAreRefused() throws Exception {
        String code = "sedi-migration-" + RUN;
        given().contentType(ContentType.JSON).body(program(code, SEDI, "active", "")).post("/v1/programs").then().statusCode(401);
        as(Tokens.partner(IOM)).body(program(code, SEDI, "active", "")).post("/v1/programs").then().statusCode(403);
        Response created = as(Tokens.partner(SEDI)).body(program(code, SEDI, "active", "")).post("/v1/programs");
        created.then().statusCode(201).header("Location", containsString("/v1/programs/")).header("ETag", atVersion(0))
                .body("owner.code", equalTo(SEDI)).body("owner.name.en", equalTo("Executive Secretariat for Integral Development"))
                .body("themes", equalTo(List.of("remittances", "migration-and-development")));
        String id = created.path("id");

        // By id or code; conditional GET.
        String etag = given().get("/v1/programs/" + id).then().statusCode(200).body("code", equalTo(code)).extract().header("ETag");
        given().header("If-None-Match", etag).get("/v1/programs/" + code).then().statusCode(304);

        // PUT: the same body is no change; a stale If-Match is 412; the owner cannot hand it to another organization.
        as(Tokens.partner(SEDI)).body(program(code, SEDI, "active", "")).put("/v1/programs/" + code).then().statusCode(200)
                .body("version", equalTo(0));
        as(Tokens.partner(SEDI)).header("If-Match", "\"4\"").body(program(code, SEDI, "completed", "")).put("/v1/programs/" + code).then()
                .statusCode(412);
        as(Tokens.partner(SEDI)).body(program(code, IOM, "active", "")).put("/v1/programs/" + code).then().statusCode(403);
        as(Tokens.partner(IOM)).body(program(code, IOM, "active", "")).put("/v1/programs/" + code).then().statusCode(403);
        as(Tokens.partner(SEDI)).header("If-Match", "\"0\"").body(program(code, SEDI, "completed", "")).put("/v1/programs/" + code).then()
                .statusCode(200).header("ETag", atVersion(1)).body("status", equalTo("completed"));
        as(Tokens.admin()).contentType("application/merge-patch+json").body("{\"end\":\"2007\"}").patch("/v1/programs/" + code).then()
                .statusCode(400).body("errors.field", hasItem("end"));

        try (EventReader reader = new EventReader("programs.v1")) {
            List<ConsumerRecord<String, String>> events = reader.awaitCount(r -> id.equals(r.key()), 2, Duration.ofSeconds(30));
            assertEquals(List.of("org.oas.migration.program.created", "org.oas.migration.program.updated"),
                    events.stream().map(r -> header(r, "ce_type")).toList());
            assertEquals(JSON.readTree(given().get("/v1/programs/" + id).asString()), JSON.readTree(events.get(1).value()));
        }

        as(Tokens.partner(IOM)).delete("/v1/programs/" + code).then().statusCode(403);
        as(Tokens.partner(SEDI)).delete("/v1/programs/" + code).then().statusCode(204);
        given().get("/v1/programs/" + code).then().statusCode(404).contentType("application/problem+json");
        try (EventReader reader = new EventReader("programs.v1")) {
            reader.await(typeAndSubject("org.oas.migration.program.deleted", id), Duration.ofSeconds(30));
        }
        // The code is free again.
        as(Tokens.admin()).body(program(code, SEDI, "planned", "")).post("/v1/programs").then().statusCode(201);
    }

    @Test
    void badProgrammesAreRefusedFieldByField() {
        as(Tokens.admin()).body(program("Not A Slug", SEDI, "active", "")).post("/v1/programs").then().statusCode(400)
                .body("errors.field", hasItem("code"));
        as(Tokens.admin()).body(program("bad-" + RUN, "nobody-" + RUN, "active", "")).post("/v1/programs").then().statusCode(400)
                .body("errors.field", hasItem("owner"));
        as(Tokens.admin()).body(program("bad-" + RUN, SEDI, "ongoing", "")).post("/v1/programs").then().statusCode(400)
                .body("errors[0].message", containsString("discontinued"));
        as(Tokens.admin()).body(program("bad-" + RUN, SEDI, "active", ",\"mandates\":[{\"resolution\":\"AG/RES. 1 (I-O/71)\"}]"))
                .post("/v1/programs").then().statusCode(400).body("errors.field", hasItem("mandates[0].resolution"));
        given().get("/v1/programs/bad-" + RUN).then().statusCode(404);
    }

    @Test
    void listsFilterSearchAndPage() {
        OffsetDateTime before = OffsetDateTime.now().minusSeconds(1);
        as(Tokens.admin()).body(program("list-a-" + RUN, DIDH, "active", "")).post("/v1/programs").then().statusCode(201);
        as(Tokens.admin()).body(program("list-b-" + RUN, DIDH, "planned", "").replace("\"remittances\",\"migration-and-development\"", "\"health\"")
                .replace("Remesas de los trabajadores migratorios", "Salud en la frontera")).post("/v1/programs").then().statusCode(201);
        as(Tokens.admin()).body(program("list-c-" + RUN, IOM, "active", "")).post("/v1/programs").then().statusCode(201);

        given().queryParam("owner", DIDH).get("/v1/programs").then().statusCode(200)
                .body("items.code", equalTo(List.of("list-b-" + RUN, "list-a-" + RUN)));
        given().queryParam("owner", DIDH).queryParam("theme", "health").get("/v1/programs").then()
                .body("items.code", equalTo(List.of("list-b-" + RUN)));
        given().queryParam("owner", DIDH).queryParam("status", "active").get("/v1/programs").then()
                .body("items.code", equalTo(List.of("list-a-" + RUN)));
        given().queryParam("code", "list-c-" + RUN).get("/v1/programs").then().body("items.owner.code", equalTo(List.of(IOM)));
        given().queryParam("q", "remesas").queryParam("lang", "es").queryParam("updatedSince", before.toString()).get("/v1/programs").then()
                .body("items.code", hasItem("list-a-" + RUN)).body("items.code", not(hasItem("list-b-" + RUN)));
        given().queryParam("updatedSince", OffsetDateTime.now().plusDays(1).toString()).get("/v1/programs").then()
                .body("items", equalTo(List.of()));

        Response first = given().queryParam("owner", DIDH).queryParam("limit", 1).get("/v1/programs");
        first.then().header("Link", containsString("rel=\"next\"")).body("items.code", equalTo(List.of("list-b-" + RUN)));
        given().queryParam("owner", DIDH).queryParam("limit", 1).queryParam("cursor", (String) first.path("nextCursor")).get("/v1/programs")
                .then().body("items.code", equalTo(List.of("list-a-" + RUN))).body("nextCursor", equalTo(null));
        given().queryParam("status", "forgotten").get("/v1/programs").then().statusCode(400).contentType("application/problem+json");
        given().queryParam("updatedSince", "yesterday").get("/v1/programs").then().statusCode(400);
    }
}
