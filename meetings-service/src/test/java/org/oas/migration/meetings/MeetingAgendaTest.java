package org.oas.migration.meetings;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.oas.migration.platform.testing.EventReader.typeAndSubject;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oas.migration.platform.testing.EventReader;

/** A meeting's agenda, named from the directory, and the lists it feeds (split from MeetingsApiTest's story). */
@QuarkusTest
class MeetingAgendaTest {

    private static final String RUN = Api.run();
    private static final int RUN_NUMBER = Api.numbers(70_000, 9_900).get();
    private static final String GA = "ga-" + RUN;
    private static final String PC = "pc-" + RUN;
    private static final String IOM = "iom-" + RUN;
    private static final String CONVENING = "AG/RES. " + RUN_NUMBER + " (XXXVI-O/99)";
    private static final String ORDER = "CP/OD-" + RUN_NUMBER + "/99 rev. 1";
    private static UUID iomId;
    private static Response created;
    private static String id;

    /** Written once, before the first test (HTTP is not served yet in a static @BeforeAll). */
    @BeforeEach
    void aMeetingWithItsAgenda() {
        if (created != null) {
            return;
        }
        Registry.organization(GA, "General Assembly", "Asamblea General", 0);
        Registry.organization(PC, "Permanent Council", "Consejo Permanente", 0);
        iomId = Registry.organization(IOM, "International Organization for Migration", "Organización Internacional para las Migraciones", 0);
        Registry.person("berta-" + RUN, "Berta Fernández");
        Api.admin().body(Bodies.Resolution.of(CONVENING, "Migrant Populations and Migration Flows in the Americas", GA).withoutAdoptionDate())
                .post("/v1/resolutions").then().statusCode(201);
        Api.admin().body(new Bodies.Document(ORDER, Map.of("en", "Order of business", "es", "Orden del día"), "2007-05-02",
                "information-document", List.of("en", "es"))).post("/v1/documents").then().statusCode(201);
        Bodies.AgendaItem presentation = new Bodies.AgendaItem("4", Map.of("en", "Presentation by IOM", "es", "Presentación de la OIM"),
                List.of(new Bodies.Attendance("oas-seed:berta-" + RUN, IOM, Map.of("en", "Program Officer", "es", "Oficial de Programas"))),
                List.of(Map.of("en", "UN High-Level Dialogue on Migration and Development",
                        "es", "Diálogo de Alto Nivel de las Naciones Unidas sobre la Migración y el Desarrollo")),
                List.of(ORDER));
        created = Api.admin().body(new Bodies.FullMeeting(List.of(new Bodies.Identifier("oas-seed", "cp-" + RUN)), PC, "special",
                Map.of("en", "Special meeting on migrant populations and migration flows",
                        "es", "Sesión extraordinaria sobre poblaciones migrantes y flujos migratorios"),
                "2007-05-02", "2007-05-02", new Bodies.Venue("Washington, D.C.", "US"), "held", CONVENING.toLowerCase(),
                List.of(presentation),
                List.of(Map.of("en", "To take note of the presentations", "es", "Tomar nota de las presentaciones")),
                List.of(ORDER.toLowerCase()))).post("/v1/meetings");
        id = created.path("id");
    }

    @Test
    void presentersAndTheBodyAreNamedFromTheDirectoryAndSymbolsMadeCanonical() {
        created.then().statusCode(201).body("convenedBy", equalTo(CONVENING)).body("documents", equalTo(List.of(ORDER)))
                .body("agenda[0].presenters[0].person.name", equalTo("Berta Fernández"))
                .body("agenda[0].presenters[0].organization.names.en", equalTo("International Organization for Migration"))
                .body("body.code", equalTo(PC));
    }

    @Test
    void theOrganizationFilterFindsMeetingsItPresentedAt() {
        given().queryParam("organization", IOM).get("/v1/meetings").then().body("items.id", equalTo(List.of(id)));
    }

    @Test
    void theDocumentFilterFindsMeetingsADocumentBelongsTo() {
        given().queryParam("document", ORDER).get("/v1/meetings").then().body("items.id", equalTo(List.of(id)));
    }

    @Test
    void bodyCountryAndDateFiltersCombine() {
        given().queryParam("body", PC).queryParam("country", "US").queryParam("dateFrom", "2007-01-01").queryParam("dateTo", "2007-12-31")
                .get("/v1/meetings").then().body("items.id", hasItem(id));
    }

    @Test
    void aDateFromAfterTheMeetingLeavesItOut() {
        given().queryParam("dateFrom", "2008-01-01").queryParam("body", PC).get("/v1/meetings").then().body("items.id", not(hasItem(id)));
    }

    @Test
    void spanishFullTextFindsAgendaTopicsWithTheMatchingFragment() {
        given().queryParam("q", "diálogo migración desarrollo").queryParam("lang", "es").get("/v1/meetings").then()
                .body("items.id", hasItem(id)).body("items[0].match", containsString("«"));
    }

    @Test
    void englishFullTextFindsAgendaTopics() {
        given().queryParam("q", "dialogue development").queryParam("lang", "en").get("/v1/meetings").then().body("items.id", hasItem(id));
    }

    @Test
    void theDocumentsOfAMeetingAreListedByMeeting() {
        given().queryParam("meeting", id).get("/v1/documents").then().body("items.symbol", equalTo(List.of(ORDER)));
    }

    @Test
    void aRenamedOrganizationShowsItsNewName() {
        Registry.organization(iomId, IOM, "IOM, the UN Migration Agency", "OIM, Agencia de la ONU para las Migraciones", 1);
        given().get("/v1/meetings/" + id).then().statusCode(200)
                .body("agenda[0].presenters[0].organization.names.en", equalTo("IOM, the UN Migration Agency"));
    }

    @Test
    void theMeetingIsAnnouncedOnMeetingsV1WithItsView() throws Exception {
        try (EventReader reader = new EventReader("meetings.v1")) {
            ConsumerRecord<String, String> event = reader.await(typeAndSubject("org.oas.migration.meeting.created", id), Duration.ofSeconds(20));
            assertEquals(id, event.key());
            assertEquals("/meetings-service", EventReader.header(event, "ce_source"));
            assertEquals(id, new ObjectMapper().readTree(event.value()).get("id").asText());
        }
    }
}
