package org.oas.migration.meetings;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.oas.migration.platform.testing.EventReader.typeAndSubject;

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
import org.oas.migration.platform.testing.EventWriter;
import org.oas.migration.platform.testing.Tokens;

@QuarkusTest
class MeetingsApiTest {

    /** One run's codes and symbols, so tests never collide with each other's data. */
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final int RUN_NUMBER = 1000 + (int) (Math.abs(RUN.hashCode()) % 8000);
    private static final String GA = "ga-" + RUN;
    private static final String PC = "pc-" + RUN;
    private static final String CAM = "cam-" + RUN;
    private static final String IOM = "iom-" + RUN;
    private static UUID iomId;

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeAll
    static void registry() {
        Registry.organization(GA, "General Assembly", "Asamblea General", 0);
        Registry.organization(PC, "Permanent Council", "Consejo Permanente", 0);
        Registry.organization(CAM, "Committee on Migration Issues", "Comisión de Asuntos Migratorios", 0);
        iomId = Registry.organization(IOM, "International Organization for Migration", "Organización Internacional para las Migraciones", 0);
        Registry.person("berta-" + RUN, "Berta Fernández");
    }

    private static RequestSpecification admin() {
        return given().header("Authorization", Tokens.bearer(Tokens.admin())).contentType(ContentType.JSON);
    }

    private static String symbol(int offset) {
        return "AG/RES. " + (RUN_NUMBER + offset) + " (XXXVI-O/99)";
    }

    private static String doc(String symbol, String en, String es, String date) {
        return "{\"symbol\":\"" + symbol + "\",\"title\":{\"en\":\"" + en + "\",\"es\":\"" + es + "\"},\"date\":\"" + date
                + "\",\"kind\":\"information-document\",\"languages\":[\"en\",\"es\"]}";
    }

    @Test
    void documentSymbolsAreParsedUniqueAndFoundTolerantly() {
        String symbol = "CP/INF. " + RUN_NUMBER + "/99 rev. 1";
        admin().body(doc(symbol, "Presentation by IOM", "Presentación de la OIM", "2007-05-02")).post("/v1/documents")
                .then().statusCode(201).body("series", equalTo("CP/INF")).body("number", equalTo(RUN_NUMBER))
                .body("year", equalTo(1999)).body("revision", equalTo(1)).body("symbol", equalTo(symbol));
        given().queryParam("symbol", symbol.toLowerCase().replace(" ", "")).get("/v1/documents/lookup").then().statusCode(200)
                .body("symbol", equalTo(symbol));
        admin().body(doc(symbol.replace("rev. 1", "Rev.1"), "Again", "Otra vez", "2007-05-02")).post("/v1/documents")
                .then().statusCode(409).contentType("application/problem+json");
        admin().body(doc("CP 12 07", "Bad", "Malo", "2007-05-02")).post("/v1/documents").then().statusCode(400)
                .body("errors[0].field", equalTo("symbol")).body("errors[0].message", containsString("CP/OD-1592/07 rev. 1"));
        given().queryParam("q", "presentación").queryParam("lang", "es").get("/v1/documents").then().statusCode(200)
                .body("items.symbol", hasItem(symbol)).body("items.find { it.symbol == '" + symbol + "' }.match", containsString("«"));
    }

    @Test
    void resolutionsCarryParagraphsMandatesAndACitationGraph() {
        String cited = symbol(1);
        String citing = symbol(2);
        admin().body("{\"symbol\":\"" + cited + "\",\"title\":{\"en\":\"The Human Rights of Migrants\"},\"bodyCode\":\"" + GA
                        + "\",\"status\":\"adopted\"}").post("/v1/resolutions")
                .then().statusCode(201).body("session", equalTo(36)).body("sessionType", equalTo("regular")).body("year", equalTo(1999))
                .body("body.names.es", equalTo("Asamblea General"));
        Response created = admin().body("{\"symbol\":\"" + citing.toLowerCase() + "\",\"title\":{\"en\":\"Strengthening the Topic of Migration in the OAS\","
                        + "\"es\":\"Fortalecimiento del tema migratorio en la OEA\"},\"bodyCode\":\"" + GA + "\",\"status\":\"adopted\","
                        + "\"sponsors\":[\"MX\"],\"coSponsors\":[\"EC\"],"
                        + "\"preambular\":[{\"verb\":\"RECALLING\",\"text\":{\"en\":\"resolution " + cited + "\"}},"
                        + "{\"verb\":\"AWARE\",\"text\":{\"en\":\"that all member states are countries of origin, transit and destination\","
                        + "\"es\":\"de que todos los Estados Miembros son países de origen, tránsito y destino de migrantes\"}}],"
                        + "\"operative\":[{\"number\":\"1\",\"text\":{\"en\":\"To instruct the Committee on Migration Issues to continue its work\"},"
                        + "\"mandates\":[{\"addresseeCode\":\"" + CAM + "\",\"dueSession\":{\"en\":\"forty-fourth regular session\"}}]},"
                        + "{\"number\":\"5bis\",\"text\":{\"en\":\"To request the International Organization for Migration to report\"},"
                        + "\"mandates\":[{\"addresseeCode\":\"" + IOM + "\"}]}],"
                        + "\"cites\":[\"" + cited + "\",\"CIM/RES. 252 (XXXIV-O/08)\"]}")
                .post("/v1/resolutions");
        created.then().statusCode(201).body("symbol", equalTo(citing)).body("operative.number", equalTo(List.of("1", "5bis")))
                .body("operative[0].mandates[0].addresseeCode", equalTo(CAM)).body("preambular[1].verb", equalTo("AWARE"));
        String id = created.path("id");
        String paragraphId = created.path("operative[1].id");

        given().queryParam("addressee", IOM).get("/v1/resolutions").then().body("items.id", equalTo(List.of(id)));
        given().queryParam("sponsor", "EC").get("/v1/resolutions").then().body("items.id", hasItem(id));
        given().get("/v1/resolutions/" + id + "/citations").then().statusCode(200)
                .body("items.symbol", equalTo(List.of(cited, "CIM/RES. 252 (XXXIV-O/08)")))
                .body("items[0].title.en", equalTo("The Human Rights of Migrants")).body("items[1].resolutionId", equalTo(null));
        String citedId = given().queryParam("symbol", cited).get("/v1/resolutions/lookup").path("id");
        given().get("/v1/resolutions/" + citedId + "/cited-by").then().body("items.id", equalTo(List.of(id)));
        given().queryParam("q", "países de tránsito").queryParam("lang", "es").get("/v1/resolutions").then()
                .body("items.id", hasItem(id));

        admin().contentType("application/merge-patch+json").body("{\"title\":{\"en\":\"Strengthening Migration in the OAS\"}}")
                .patch("/v1/resolutions/" + id).then().statusCode(200).body("version", equalTo(1))
                .body("operative[1].id", equalTo(paragraphId));
    }

    @Test
    void eachOperativeParagraphShowsTheActivitiesImplementingIt() {
        Response created = admin().body("{\"symbol\":\"" + symbol(10) + "\",\"title\":{\"en\":\"Migrant Populations\"},\"bodyCode\":\"" + GA
                        + "\",\"status\":\"adopted\",\"operative\":[{\"number\":\"1\",\"text\":{\"en\":\"To urge member states\"}},"
                        + "{\"number\":\"2\",\"text\":{\"en\":\"To request IOM to hold a course\"}}]}")
                .post("/v1/resolutions");
        String resolutionId = created.path("id");
        String second = created.path("operative[1].id");
        UUID course = UUID.randomUUID();
        UUID study = UUID.randomUUID();
        try (EventWriter writer = new EventWriter()) {
            writer.publish("programs.v1", "org.oas.migration.activity.created", course.toString(),
                    activity(course, 0, "Course on migration", "pipeline", resolutionId, second));
            writer.publish("programs.v1", "org.oas.migration.activity.created", study.toString(),
                    activity(study, 0, "Regional study", "implementation", resolutionId, null));
            writer.publish("programs.v1", "org.oas.migration.activity.updated", course.toString(),
                    activity(course, 2, "Course on the human rights of migrants", "implementation", resolutionId, second));
            // Redelivered late: older than what is held, so it changes nothing.
            writer.publish("programs.v1", "org.oas.migration.activity.updated", course.toString(),
                    activity(course, 1, "Stale title", "closed", resolutionId, second));
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                given().get("/v1/resolutions/" + resolutionId + "/implementation").then().statusCode(200)
                        .body("symbol", equalTo(symbol(10))).body("paragraphs.number", equalTo(List.of("1", "2")))
                        .body("paragraphs[0].activities", equalTo(List.of()))
                        .body("paragraphs[1].activities.id", equalTo(List.of(course.toString())))
                        .body("wholeResolution.id", equalTo(List.of(study.toString()))));
        given().get("/v1/resolutions/" + resolutionId + "/implementation").then()
                .body("paragraphs[1].activities[0].title.en", equalTo("Course on the human rights of migrants"))
                .body("paragraphs[1].activities[0].status", equalTo("implementation"))
                .body("paragraphs[1].activities[0].reportingOrganization.code", equalTo(IOM))
                .body("paragraphs[1].activities[0].href", equalTo("/v1/activities/" + course));

        try (EventWriter writer = new EventWriter()) {
            writer.publish("programs.v1", "org.oas.migration.activity.deleted", course.toString(),
                    "{\"id\":\"" + course + "\",\"version\":3}");
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                given().get("/v1/resolutions/" + resolutionId + "/implementation").then()
                        .body("paragraphs[1].activities", equalTo(List.of())));
    }

    /** An activity as programs-service publishes it (only the fields this projection reads, plus noise it must ignore). */
    private static String activity(UUID id, long version, String title, String status, String resolutionId, String paragraphId) {
        return "{\"id\":\"" + id + "\",\"version\":" + version + ",\"externalId\":\"x-" + id + "\",\"title\":{\"en\":\"" + title
                + "\"},\"status\":\"" + status + "\",\"reportingOrganization\":{\"id\":\"" + iomId + "\",\"code\":\"" + IOM
                + "\",\"name\":{\"en\":\"IOM\"}},\"recipientCountries\":[\"SV\"],\"mandates\":[{\"resolution\":\"" + symbol(10)
                + "\",\"resolutionId\":\"" + resolutionId + "\",\"paragraph\":" + (paragraphId == null ? "null" : "\"2\"")
                + ",\"paragraphId\":" + (paragraphId == null ? "null" : "\"" + paragraphId + "\"") + "}]}";
    }

    @Test
    void malformedOrUnknownReferencesAreRefused() {
        admin().body("{\"symbol\":\"AG/RES 12\",\"title\":{\"en\":\"X\"},\"bodyCode\":\"" + GA + "\",\"status\":\"adopted\"}")
                .post("/v1/resolutions").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("symbol"));
        admin().body("{\"draftClassification\":\"CIDI/CAM/doc." + RUN_NUMBER + "/99 rev. 3\",\"title\":{\"en\":\"X\"},\"bodyCode\":\"nowhere\","
                        + "\"status\":\"adopted\",\"cites\":[\"not a symbol\"]}")
                .post("/v1/resolutions").then().statusCode(400)
                .body("errors.field", hasItems("symbol", "bodyCode", "cites[0]"));
        admin().body("{\"bodyCode\":\"" + PC + "\",\"kind\":\"special\",\"title\":{\"en\":\"X\"},\"startDate\":\"2007-05-02\","
                        + "\"status\":\"held\",\"documents\":[\"CP/OD-99999/07\"],\"participants\":[{\"person\":\"oas-seed:nobody\"}]}")
                .post("/v1/meetings").then().statusCode(400)
                .body("errors.field", hasItems("documents[0]", "participants[0].person"));
    }

    @Test
    void meetingsShowTheirAgendaWithNamesFromTheDirectoryAndFollowRenames() throws Exception {
        String convening = symbol(3);
        admin().body("{\"symbol\":\"" + convening + "\",\"title\":{\"en\":\"Migrant Populations and Migration Flows in the Americas\"},"
                + "\"bodyCode\":\"" + GA + "\",\"status\":\"adopted\"}").post("/v1/resolutions").then().statusCode(201);
        String order = "CP/OD-" + RUN_NUMBER + "/99 rev. 1";
        admin().body(doc(order, "Order of business", "Orden del día", "2007-05-02")).post("/v1/documents").then().statusCode(201);

        Response created = admin().body("{\"identifiers\":[{\"scheme\":\"oas-seed\",\"value\":\"cp-" + RUN + "\"}],\"bodyCode\":\"" + PC + "\","
                        + "\"kind\":\"special\",\"title\":{\"en\":\"Special meeting on migrant populations and migration flows\","
                        + "\"es\":\"Sesión extraordinaria sobre poblaciones migrantes y flujos migratorios\"},"
                        + "\"startDate\":\"2007-05-02\",\"endDate\":\"2007-05-02\",\"venue\":{\"city\":\"Washington, D.C.\",\"country\":\"US\"},"
                        + "\"status\":\"held\",\"convenedBy\":\"" + convening.toLowerCase() + "\","
                        + "\"agenda\":[{\"number\":\"4\",\"title\":{\"en\":\"Presentation by IOM\",\"es\":\"Presentación de la OIM\"},"
                        + "\"presenters\":[{\"person\":\"oas-seed:berta-" + RUN + "\",\"organizationCode\":\"" + IOM + "\","
                        + "\"role\":{\"en\":\"Program Officer\",\"es\":\"Oficial de Programas\"}}],"
                        + "\"topics\":[{\"en\":\"UN High-Level Dialogue on Migration and Development\",\"es\":\"Diálogo de Alto Nivel de las Naciones Unidas sobre la Migración y el Desarrollo\"}],"
                        + "\"documents\":[\"" + order + "\"]}],"
                        + "\"decisions\":[{\"en\":\"To take note of the presentations\",\"es\":\"Tomar nota de las presentaciones\"}],"
                        + "\"documents\":[\"" + order.toLowerCase() + "\"]}")
                .post("/v1/meetings");
        created.then().statusCode(201).body("convenedBy", equalTo(convening)).body("documents", equalTo(List.of(order)))
                .body("agenda[0].presenters[0].person.name", equalTo("Berta Fernández"))
                .body("agenda[0].presenters[0].organization.names.en", equalTo("International Organization for Migration"))
                .body("body.code", equalTo(PC));
        String id = created.path("id");

        given().queryParam("organization", IOM).get("/v1/meetings").then().body("items.id", equalTo(List.of(id)));
        given().queryParam("document", order).get("/v1/meetings").then().body("items.id", equalTo(List.of(id)));
        given().queryParam("body", PC).queryParam("country", "US").queryParam("dateFrom", "2007-01-01").queryParam("dateTo", "2007-12-31")
                .get("/v1/meetings").then().body("items.id", hasItem(id));
        given().queryParam("dateFrom", "2008-01-01").queryParam("body", PC).get("/v1/meetings").then().body("items.id", not(hasItem(id)));
        given().queryParam("q", "diálogo migración desarrollo").queryParam("lang", "es").get("/v1/meetings").then()
                .body("items.id", hasItem(id)).body("items[0].match", containsString("«"));
        given().queryParam("q", "dialogue development").queryParam("lang", "en").get("/v1/meetings").then().body("items.id", hasItem(id));
        given().queryParam("meeting", id).get("/v1/documents").then().body("items.symbol", equalTo(List.of(order)));

        Registry.organization(iomId, IOM, "IOM, the UN Migration Agency", "OIM, Agencia de la ONU para las Migraciones", 1);
        given().get("/v1/meetings/" + id).then().statusCode(200)
                .body("agenda[0].presenters[0].organization.names.en", equalTo("IOM, the UN Migration Agency"));

        try (EventReader reader = new EventReader("meetings.v1")) {
            ConsumerRecord<String, String> event = reader.await(typeAndSubject("org.oas.migration.meeting.created", id), Duration.ofSeconds(20));
            assertEquals(id, event.key());
            assertEquals("/meetings-service", EventReader.header(event, "ce_source"));
            assertEquals(id, new ObjectMapper().readTree(event.value()).get("id").asText());
        }
    }

    @Test
    void writesNeedAnAdminToken() {
        given().contentType(ContentType.JSON).body(doc("CP/INF. 1/07", "X", "X", "2007-01-01")).post("/v1/documents")
                .then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer(Tokens.partner(IOM))).contentType(ContentType.JSON)
                .body(doc("CP/INF. 1/07", "X", "X", "2007-01-01")).post("/v1/documents").then().statusCode(403);
        given().queryParam("limit", 0).get("/v1/meetings").then().statusCode(400).body("errors[0].field", equalTo("limit"));
    }
}
