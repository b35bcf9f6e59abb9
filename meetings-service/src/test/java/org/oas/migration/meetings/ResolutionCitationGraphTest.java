package org.oas.migration.meetings;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A resolution's paragraphs, mandates and citations, and the lists they feed (split from MeetingsApiTest's story). */
@QuarkusTest
class ResolutionCitationGraphTest {

    private static final String RUN = Api.run();
    private static final int RUN_NUMBER = Api.numbers(80_000, 9_900).get();
    private static final String GA = "ga-" + RUN;
    private static final String CAM = "cam-" + RUN;
    private static final String IOM = "iom-" + RUN;
    private static final String CITED = "AG/RES. " + (RUN_NUMBER + 1) + " (XXXVI-O/99)";
    private static final String CITING = "AG/RES. " + (RUN_NUMBER + 2) + " (XXXVI-O/99)";
    private static Response cited;
    private static Response created;

    /** Written once, before the first test (HTTP is not served yet in a static @BeforeAll). */
    @BeforeEach
    void citingAndCitedResolutions() {
        if (created != null) {
            return;
        }
        Registry.organization(GA, "General Assembly", "Asamblea General", 0);
        Registry.organization(CAM, "Committee on Migration Issues", "Comisión de Asuntos Migratorios", 0);
        Registry.organization(IOM, "International Organization for Migration", "Organización Internacional para las Migraciones", 0);
        cited = Api.admin().body(Bodies.Resolution.of(CITED, "The Human Rights of Migrants", GA).withoutAdoptionDate()).post("/v1/resolutions");
        created = Api.admin().body(new Bodies.FullResolution(CITING.toLowerCase(), Map.of("en", "Strengthening the Topic of Migration in the OAS",
                        "es", "Fortalecimiento del tema migratorio en la OEA"), GA, "adopted", null, List.of("MX"), List.of("EC"),
                List.of(new Bodies.Preambular("RECALLING", Map.of("en", "resolution " + CITED)),
                        new Bodies.Preambular("AWARE", Map.of("en", "that all member states are countries of origin, transit and destination",
                                "es", "de que todos los Estados Miembros son países de origen, tránsito y destino de migrantes"))),
                List.of(new Bodies.Operative("1", Map.of("en", "To instruct the Committee on Migration Issues to continue its work"),
                                List.of(new Bodies.Mandate(CAM, Map.of("en", "forty-fourth regular session")))),
                        new Bodies.Operative("5bis", Map.of("en", "To request the International Organization for Migration to report"),
                                List.of(new Bodies.Mandate(IOM, null)))),
                List.of(CITED, "CIM/RES. 252 (XXXIV-O/08)"))).post("/v1/resolutions");
    }

    @Test
    void aSymbolIsReadIntoSessionAndYearAndTheBodyNamedFromTheDirectory() {
        cited.then().statusCode(201).body("session", equalTo(36)).body("sessionType", equalTo("regular")).body("year", equalTo(1999))
                .body("body.names.es", equalTo("Asamblea General"));
    }

    @Test
    void paragraphsAndMandatesAreKeptInPrintedOrderUnderTheCanonicalSymbol() {
        created.then().statusCode(201).body("symbol", equalTo(CITING)).body("operative.number", equalTo(List.of("1", "5bis")))
                .body("operative[0].mandates[0].addresseeCode", equalTo(CAM)).body("preambular[1].verb", equalTo("AWARE"));
    }

    @Test
    void theAddresseeFilterFindsResolutionsMandatingAnOrganization() {
        given().queryParam("addressee", IOM).get("/v1/resolutions").then().body("items.id", equalTo(List.of(created.<String>path("id"))));
    }

    @Test
    void theSponsorFilterCountsCoSponsors() {
        given().queryParam("sponsor", "EC").get("/v1/resolutions").then().body("items.id", hasItem(created.<String>path("id")));
    }

    @Test
    void citationsAreListedInCitedOrderWithTheTitlesKnownHere() {
        given().get("/v1/resolutions/" + created.path("id") + "/citations").then().statusCode(200)
                .body("items.symbol", equalTo(List.of(CITED, "CIM/RES. 252 (XXXIV-O/08)")))
                .body("items[0].title.en", equalTo("The Human Rights of Migrants")).body("items[1].resolutionId", equalTo(null));
    }

    @Test
    void citedByListsTheCitingResolution() {
        String citedId = given().queryParam("symbol", CITED).get("/v1/resolutions/lookup").path("id");
        given().get("/v1/resolutions/" + citedId + "/cited-by").then().body("items.id", equalTo(List.of(created.<String>path("id"))));
    }

    @Test
    void spanishFullTextFindsPreambularParagraphs() {
        given().queryParam("q", "países de tránsito").queryParam("lang", "es").get("/v1/resolutions").then()
                .body("items.id", hasItem(created.<String>path("id")));
    }

    @Test
    void aPatchKeepsOperativeParagraphIdsByNumber() {
        String id = created.path("id");
        Api.admin().contentType("application/merge-patch+json").body(Map.of("title", Map.of("en", "Strengthening Migration in the OAS")))
                .patch("/v1/resolutions/" + id).then().statusCode(200).body("version", equalTo(1))
                .body("operative[1].id", equalTo(created.<String>path("operative[1].id")));
    }
}
