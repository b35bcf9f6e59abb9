package org.oas.migration.programs.imports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.oas.migration.platform.testing.EventReader.typeAndSubject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oas.migration.platform.testing.EventReader;
import org.oas.migration.platform.testing.Tokens;

/** POST /v1/imports end to end: real PostgreSQL and Kafka, the real activity writer, events read back. */
@QuarkusTest
class ImportApiTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final String IOM = "iom-" + RUN;
    private static final String ECLAC = "eclac-" + RUN;
    private static final String UNHCR = "unhcr-" + RUN;
    private static final String ILO = "ilo-" + RUN;
    private static final String NDJSON = "application/x-ndjson";
    private static final Duration EVENT_WAIT = Duration.ofSeconds(30);

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static boolean registered;

    /** Once, before the first test (not in @BeforeAll: REST Assured learns the test port only before each test). */
    @BeforeEach
    void registry() {
        if (registered) {
            return;
        }
        ImportRegistry.organization(IOM, "International Organization for Migration", "XM-DAC-47066-" + RUN);
        ImportRegistry.organization(ECLAC, "Economic Commission for Latin America and the Caribbean", null);
        ImportRegistry.organization(UNHCR, "UN Refugee Agency", "XM-DAC-41121-" + RUN);
        ImportRegistry.organization(ILO, "International Labour Organization", "XM-DAC-41302-" + RUN);
        ImportRegistry.awaitKnown(IOM, ECLAC, UNHCR, ILO);
        registered = true;
    }

    private static RequestSpecification as(String token, String contentType) {
        return given().header("Authorization", Tokens.bearer(token)).contentType(contentType);
    }

    private static String line(String externalId, String org, String extra) {
        return "{\"externalId\":\"" + externalId + "\",\"reportingOrganization\":\"" + org + "\",\"title\":{\"en\":\"Assistance to migrants in transit "
                + externalId + "\",\"es\":\"Asistencia a migrantes en tránsito\"},\"status\":\"implementation\","
                + "\"recipientCountries\":[\"SV\",\"HN\"],\"plannedStart\":\"2008\",\"plannedEnd\":\"2008-12\"" + extra + "}";
    }

    /** Bytes, so REST Assured sends the text as is (UTF-8), whatever charset it assumes for the content type. */
    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String id(String name) {
        return "IMP-" + RUN + "-" + name;
    }

    @Test
    void ndjsonReportsEveryLineAndRejectedLinesNeverBlockTheOthers() {
        String body = String.join("\n",
                line(id("good-1"), IOM, ",\"participatingOrganizations\":[{\"organization\":\"" + ECLAC + "\",\"role\":\"implementing\"}]"),
                "{\"externalId\": \"broken\", \"title\": ",
                line(id("country"), IOM, ",\"geographicCoverage\":{\"en\":\"Nowhere\"}").replace("\"HN\"", "\"XX\""),
                line(id("dates"), IOM, "").replace("\"plannedEnd\":\"2008-12\"", "\"plannedEnd\":\"2007-06\""),
                line(id("partner"), IOM, ",\"participatingOrganizations\":[{\"organization\":\"nobody-" + RUN + "\",\"role\":\"funding\"}]"),
                line(id("document"), IOM, ",\"documents\":[{\"symbol\":\"CP/INF. 9999/99\"}]"),
                line(id("not-mine"), ECLAC, ""),
                line(id("unknown-key"), IOM, ",\"colour\":\"blue\""),
                line(id("wrong-type"), IOM, "").replace("[\"SV\",\"HN\"]", "\"SV\""),
                "",
                line(id("good-2"), IOM, ",\"themes\":[\"border-management\",\"health\"]"),
                "");
        Response created = as(Tokens.partner(IOM), NDJSON).body(utf8(body)).post("/v1/imports");
        created.then().statusCode(201).header("Location", containsString("/v1/imports/"))
                .body("status", equalTo("completed")).body("format", equalTo("ndjson")).body("dryRun", equalTo(false))
                .body("organization", equalTo(IOM)).body("totalLines", equalTo(10))
                .body("counts.created", equalTo(2)).body("counts.updated", equalTo(0)).body("counts.unchanged", equalTo(0))
                .body("counts.rejected", equalTo(8))
                .body("lines.line", equalTo(List.of(2, 3, 4, 5, 6, 7, 8, 9)))
                .body("lines.outcome", everyItem(equalTo("rejected")))
                .body("lines[0].problem.status", equalTo(400)).body("lines[0].problem.type", endsWith("/malformed-body"))
                .body("lines[1].externalId", equalTo(id("country"))).body("lines[1].problem.errors[0].field", containsString("recipientCountries"))
                .body("lines[2].problem.errors[0].field", containsString("End"))
                .body("lines[3].problem.errors[0].field", containsString("participatingOrganizations"))
                .body("lines[4].problem.errors[0].field", containsString("documents"))
                .body("lines[5].problem.status", equalTo(403))
                .body("lines[6].problem.errors[0].field", equalTo("colour"))
                .body("lines[7].problem.errors[0].field", containsString("recipientCountries"));
        String location = created.header("Location");
        String importId = created.path("id");

        // The import is a resource: the same report, and every line by outcome, cursor paged.
        as(Tokens.partner(IOM), NDJSON).get(location).then().statusCode(200).body("counts.rejected", equalTo(8))
                .body("linesHref", equalTo("/v1/imports/" + importId + "/lines"));
        Response firstPage = as(Tokens.partner(IOM), NDJSON).queryParam("outcome", "rejected").queryParam("limit", 5)
                .get("/v1/imports/" + importId + "/lines");
        firstPage.then().statusCode(200).body("items.line", equalTo(List.of(2, 3, 4, 5, 6)))
                .body("nextCursor", notNullValue()).header("Link", containsString("rel=\"next\""));
        as(Tokens.partner(IOM), NDJSON).queryParam("outcome", "rejected").queryParam("limit", 5)
                .queryParam("cursor", firstPage.<String>path("nextCursor")).get("/v1/imports/" + importId + "/lines")
                .then().statusCode(200).body("items.line", equalTo(List.of(7, 8, 9))).body("nextCursor", nullValue());
        Response createdLines = as(Tokens.admin(), NDJSON).queryParam("outcome", "created").get("/v1/imports/" + importId + "/lines");
        createdLines.then().statusCode(200).body("items.line", equalTo(List.of(1, 11)))
                .body("items.externalId", equalTo(List.of(id("good-1"), id("good-2"))));
        String activityId = createdLines.path("items[0].activityId");
        given().get("/v1/activities/" + activityId).then().statusCode(200)
                .body("externalId", equalTo(id("good-1"))).body("title.es", equalTo("Asistencia a migrantes en tránsito"));
        as(Tokens.admin(), NDJSON).queryParam("outcome", "sideways").get("/v1/imports/" + importId + "/lines")
                .then().statusCode(400).body("errors[0].field", equalTo("outcome"));

        // Only admins and the importing organization see an import.
        as(Tokens.partner(ECLAC), NDJSON).get(location).then().statusCode(403).contentType("application/problem+json");
        given().get(location).then().statusCode(401);

        // The same file again: every good line is unchanged.
        as(Tokens.partner(IOM), NDJSON).body(utf8(body)).post("/v1/imports").then().statusCode(201)
                .body("counts.created", equalTo(0)).body("counts.updated", equalTo(0))
                .body("counts.unchanged", equalTo(2)).body("counts.rejected", equalTo(8));
    }

    @Test
    void aLineWhoseExternalIdCannotBeStoredIsRejectedInTheReport() {
        Response imported = as(Tokens.admin(), NDJSON).body(utf8("{\"externalId\":\"a\\u0000b\"}\n")).post("/v1/imports");
        imported.then().statusCode(201).body("counts.rejected", equalTo(1)).body("counts.created", equalTo(0))
                .body("lines[0].line", equalTo(1));
    }

    @Test
    void eventsArePublishedForChangedActivitiesOnly() {
        String a = line(id("event-a"), IOM, "");
        String b = line(id("event-b"), IOM, "");
        Response first = as(Tokens.admin(), NDJSON).body(utf8(a + "\n" + b + "\n")).post("/v1/imports");
        first.then().statusCode(201).body("counts.created", equalTo(2));
        List<String> ids = createdIds(first.path("id"));
        String changedA = a.replace("\"status\":\"implementation\"", "\"status\":\"closed\"");
        as(Tokens.admin(), NDJSON).body(utf8(changedA + "\n" + b + "\n")).post("/v1/imports").then().statusCode(201)
                .body("counts.updated", equalTo(1)).body("counts.unchanged", equalTo(1));
        // A later change as a marker: programs.v1 is ordered, so once its event is read, any event of B would have been.
        Response marker = as(Tokens.admin(), NDJSON).body(utf8(line(id("event-marker"), IOM, "") + "\n")).post("/v1/imports");
        String markerId = createdIds(marker.path("id")).get(0);

        try (EventReader events = new EventReader("programs.v1")) {
            events.await(typeAndSubject("org.oas.migration.activity.created", ids.get(0)), EVENT_WAIT);
            events.await(typeAndSubject("org.oas.migration.activity.created", ids.get(1)), EVENT_WAIT);
            ConsumerRecord<String, String> updated = events.await(typeAndSubject("org.oas.migration.activity.updated", ids.get(0)), EVENT_WAIT);
            assertTrue(updated.value().contains("\"closed\""), updated.value());
            assertEquals(ids.get(0), updated.key());
            events.await(typeAndSubject("org.oas.migration.activity.created", markerId), EVENT_WAIT);
            List<ConsumerRecord<String, String>> ofB = events.awaitCount(r -> ids.get(1).equals(r.key()), 1, EVENT_WAIT);
            assertEquals(1, ofB.size(), "B was unchanged by the second import: its only event is its creation");
        }
    }

    /** Batches read the activities they name up front; a file naming a new id twice must still create, then update. */
    @Test
    void anExternalIdNamedTwiceInOneFileIsCreatedThenUpdated() {
        String existing = line(id("twice-existing"), IOM, "");
        as(Tokens.partner(IOM), NDJSON).body(utf8(existing + "\n")).post("/v1/imports").then().statusCode(201)
                .body("counts.created", equalTo(1));
        String fresh = line(id("twice-new"), IOM, "");
        String file = String.join("\n", existing.replace("\"implementation\"", "\"closed\""), fresh,
                fresh.replace("\"implementation\"", "\"suspended\""), existing.replace("\"implementation\"", "\"closed\""));
        Response imported = as(Tokens.partner(IOM), NDJSON).body(utf8(file)).post("/v1/imports");
        imported.then().statusCode(201).body("counts.created", equalTo(1)).body("counts.updated", equalTo(2))
                .body("counts.unchanged", equalTo(1)).body("counts.rejected", equalTo(0));
        String freshId = createdIds(imported.path("id")).get(0);
        given().get("/v1/activities/" + freshId).then().statusCode(200).body("status", equalTo("suspended"));
        given().get("/v1/activities/" + freshId + "/revisions").then().statusCode(200).body("items", hasSize(2));
        given().queryParam("externalId", id("twice-existing")).get("/v1/activities").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].status", equalTo("closed"));
    }

    @Test
    void aDryRunValidatesEverythingAndWritesNothing() {
        String good = line(id("dry"), IOM, "");
        String bad = line(id("dry-bad"), IOM, "").replace("\"SV\"", "\"XX\"");
        Response dry = as(Tokens.partner(IOM), NDJSON).body(utf8(good + "\n" + bad + "\n")).post("/v1/imports?dryRun=true");
        dry.then().statusCode(201).body("dryRun", equalTo(true)).body("counts.created", equalTo(1)).body("counts.rejected", equalTo(1))
                .body("lines[0].line", equalTo(2));
        // Nothing was written: the same line now really creates the activity.
        Response real = as(Tokens.partner(IOM), NDJSON).body(utf8(good + "\n")).post("/v1/imports");
        real.then().statusCode(201).body("dryRun", equalTo(false)).body("counts.created", equalTo(1));
        String activityId = createdIds(real.path("id")).get(0);
        try (EventReader events = new EventReader("programs.v1")) {
            events.await(typeAndSubject("org.oas.migration.activity.created", activityId), EVENT_WAIT);
        }
        given().get("/v1/activities/" + activityId + "/revisions").then().statusCode(200).body("items", hasSize(1));
        as(Tokens.admin(), NDJSON).body(utf8("x")).post("/v1/imports?dryRun=perhaps").then().statusCode(400)
                .body("errors[0].field", equalTo("dryRun"));
    }

    @Test
    void iatiXmlFromIomCreatesMultilingualActivities() throws IOException {
        String xml = iomFixture();
        Response response = as(Tokens.partner(IOM), "application/vnd.iati.activities+xml").body(utf8(xml)).post("/v1/imports");
        response.then().statusCode(201).body("format", equalTo("iati-xml")).body("totalLines", equalTo(4))
                .body("counts.created", equalTo(3)).body("counts.rejected", equalTo(1))
                .body("lines[0].line", equalTo(4)).body("lines[0].externalId", equalTo("XM-DAC-47066-" + RUN + "-PX.0005"))
                .body("lines[0].problem.errors[0].field", containsString("End"));
        String importId = response.path("id");
        JsonPath lines = as(Tokens.partner(IOM), NDJSON).queryParam("outcome", "created").get("/v1/imports/" + importId + "/lines")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(1, 2, 3), lines.getList("items.line"));
        assertTrue(lines.getList("items[0].notes", String.class).contains("title in 'de' left out (languages are en, es, fr, pt)"));

        given().get("/v1/activities/" + lines.getString("items[0].activityId")).then().statusCode(200)
                .body("externalId", equalTo("XM-DAC-47066-" + RUN + "-LM.0250"))
                .body("reportingOrganization.code", equalTo(IOM))
                .body("title.en", equalTo("Labour mobility and human development in Central America"))
                .body("title.es", equalTo("Movilidad laboral y desarrollo humano en Centroamérica"))
                .body("title.fr", equalTo("Mobilité de la main-d'œuvre et développement humain en Amérique centrale"))
                .body("status", equalTo("implementation"))
                .body("recipientCountries", equalTo(List.of("GT", "HN", "SV")))
                .body("participatingOrganizations.organization.code", equalTo(List.of(IOM, ILO)))
                .body("participatingOrganizations.role", equalTo(List.of("accountable", "implementing")))
                .body("themes", equalTo(List.of("migration-policy", "labour-migration")))
                .body("documents[0].url", containsString("lm-0250-factsheet.pdf"))
                .body("identifiers", hasItem(java.util.Map.of("scheme", "iati-activity-id", "value", "XM-DAC-47066-" + RUN + "-LM.0250")));
        given().get("/v1/activities/" + lines.getString("items[1].activityId")).then().statusCode(200)
                .body("title.es", equalTo("Asistencia a migrantes vulnerables en tránsito en El Amatillo"))
                .body("status", equalTo("closed")).body("actualEnd", equalTo("2008-12-31"))
                .body("participatingOrganizations.organization.code", equalTo(List.of(UNHCR)));

        // The same file from another partner: its activities belong to IOM, so every line is refused.
        as(Tokens.partner(ECLAC), "application/xml").body(utf8(xml)).post("/v1/imports").then().statusCode(201)
                .body("counts.rejected", equalTo(4)).body("lines.problem.status", hasItem(403));
    }

    @Test
    void brokenXmlIsRefusedWhole() {
        as(Tokens.admin(), "application/xml").body(utf8("<iati-activities version=\"2.03\"><iati-activity>")).post("/v1/imports")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("not well-formed XML"));
        as(Tokens.admin(), "application/json").body(utf8("{}")).post("/v1/imports").then().statusCode(415)
                .contentType("application/problem+json");
        given().contentType(NDJSON).body(utf8("{}")).post("/v1/imports").then().statusCode(401);
    }

    @Test
    void moreThan100000LinesIsA413AndNothingIsWritten() {
        String first = line(id("oversize"), IOM, "");
        StringBuilder body = new StringBuilder(first).append('\n');
        body.append("{}\n".repeat(100_000));
        as(Tokens.admin(), NDJSON).body(utf8(body.toString())).post("/v1/imports").then().statusCode(413)
                .contentType("application/problem+json").body("detail", containsString("100000 lines"));
        as(Tokens.admin(), NDJSON).body(utf8(first + "\n")).post("/v1/imports").then().statusCode(201).body("counts.created", equalTo(1));
    }

    @Test
    void aDeclaredBodyOverTheImportLimitIsRefusedBeforeItIsRead() throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/imports HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + Tokens.admin()
                    + "\r\nContent-Type: application/x-ndjson\r\nContent-Length: 300000000\r\n\r\n{}\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = readResponse(socket.getInputStream());
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.contains("application/problem+json") && answer.contains("payload-too-large"), answer);
        }
    }

    /** Status line, headers and a Content-Length body, read without waiting for the connection to close. */
    private static String readResponse(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(head);
        byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : new byte[0];
        return head + new String(body, StandardCharsets.UTF_8);
    }

    /** IOM's IATI file with this run's organization identifiers and activity ids (tests share one database). */
    private static String iomFixture() throws IOException {
        try (InputStream in = ImportApiTest.class.getResourceAsStream("/imports/iom-activities.xml")) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return xml.replaceAll("ref=\"(XM-DAC-\\d+)\"", "ref=\"$1-" + RUN + "\"")
                    .replace("<iati-identifier>XM-DAC-47066-", "<iati-identifier>XM-DAC-47066-" + RUN + "-");
        }
    }

    private static List<String> createdIds(String importId) {
        return as(Tokens.admin(), NDJSON).queryParam("outcome", "created").get("/v1/imports/" + importId + "/lines")
                .then().statusCode(200).extract().jsonPath().getList("items.activityId", String.class);
    }
}
