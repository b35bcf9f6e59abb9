package org.oas.migration.meetings;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oas.migration.meetings.implementation.rest.ImplementationView;
import org.oas.migration.platform.testing.EventWriter;
import org.oas.migration.platform.testing.Tokens;

@QuarkusTest
class MeetingsApiTest {

    /** One run's codes and symbols, so tests never collide with each other's data. */
    private static final String RUN = Api.run();
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
        Api.admin().body(doc(symbol, "Presentation by IOM", "Presentación de la OIM", "2007-05-02")).post("/v1/documents")
                .then().statusCode(201).body("series", equalTo("CP/INF")).body("number", equalTo(RUN_NUMBER))
                .body("year", equalTo(1999)).body("revision", equalTo(1)).body("symbol", equalTo(symbol));
        given().queryParam("symbol", symbol.toLowerCase().replace(" ", "")).get("/v1/documents/lookup").then().statusCode(200)
                .body("symbol", equalTo(symbol));
        Api.admin().body(doc(symbol.replace("rev. 1", "Rev.1"), "Again", "Otra vez", "2007-05-02")).post("/v1/documents")
                .then().statusCode(409).contentType("application/problem+json");
        Api.admin().body(doc("CP 12 07", "Bad", "Malo", "2007-05-02")).post("/v1/documents").then().statusCode(400)
                .body("errors[0].field", equalTo("symbol")).body("errors[0].message", containsString("CP/OD-1592/07 rev. 1"));
        given().queryParam("q", "presentación").queryParam("lang", "es").get("/v1/documents").then().statusCode(200)
                .body("items.symbol", hasItem(symbol)).body("items.find { it.symbol == '" + symbol + "' }.match", containsString("«"));
    }

    @Test
    void eachOperativeParagraphShowsTheActivitiesImplementingIt() {
        Response created = Api.admin().body("{\"symbol\":\"" + symbol(10) + "\",\"title\":{\"en\":\"Migrant Populations\"},\"bodyCode\":\"" + GA
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

    @Test
    void theImplementationCountsEachParagraphsActivitiesAndLinksTheirFullList() {
        Response created = Api.admin().body("{\"symbol\":\"" + symbol(11) + "\",\"title\":{\"en\":\"Migrant Workers\"},\"bodyCode\":\"" + GA
                        + "\",\"status\":\"adopted\",\"operative\":[{\"number\":\"1\",\"text\":{\"en\":\"To urge member states\"}}]}")
                .post("/v1/resolutions");
        String resolutionId = created.path("id");
        String first = created.path("operative[0].id");
        int reported = ImplementationView.SHOWN + 2;
        try (EventWriter writer = new EventWriter()) {
            for (int i = 0; i < reported; i++) {
                UUID activity = UUID.randomUUID();
                writer.publish("programs.v1", "org.oas.migration.activity.created", activity.toString(),
                        activity(activity, 0, "Workshop " + i, "implementation", resolutionId, first));
            }
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                given().get("/v1/resolutions/" + resolutionId + "/implementation").then().statusCode(200)
                        .body("paragraphs[0].activityCount", equalTo(reported))
                        .body("paragraphs[0].activities.size()", equalTo(ImplementationView.SHOWN))
                        .body("paragraphs[0].allActivities", equalTo("/v1/activities?mandate=" + first))
                        .body("wholeResolutionCount", equalTo(0))
                        .body("allActivities", equalTo("/v1/activities?mandate="
                                + java.net.URLEncoder.encode(symbol(11), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))));
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
        Api.admin().body("{\"symbol\":\"AG/RES 12\",\"title\":{\"en\":\"X\"},\"bodyCode\":\"" + GA + "\",\"status\":\"adopted\"}")
                .post("/v1/resolutions").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("symbol"));
        Api.admin().body("{\"draftClassification\":\"CIDI/CAM/doc." + RUN_NUMBER + "/99 rev. 3\",\"title\":{\"en\":\"X\"},\"bodyCode\":\"nowhere\","
                        + "\"status\":\"adopted\",\"cites\":[\"not a symbol\"]}")
                .post("/v1/resolutions").then().statusCode(400)
                .body("errors.field", hasItems("symbol", "bodyCode", "cites[0]"));
        Api.admin().body("{\"bodyCode\":\"" + PC + "\",\"kind\":\"special\",\"title\":{\"en\":\"X\"},\"startDate\":\"2007-05-02\","
                        + "\"status\":\"held\",\"documents\":[\"CP/OD-99999/07\"],\"participants\":[{\"person\":\"oas-seed:nobody\"}]}")
                .post("/v1/meetings").then().statusCode(400)
                .body("errors.field", hasItems("documents[0]", "participants[0].person"));
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
