package org.oas.migration.programs.activity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oas.migration.platform.sql.SearchReindex;
import org.oas.migration.platform.testing.Tokens;
import org.oas.migration.programs.activity.domain.ActivityService;
import org.oas.migration.programs.Upstream;

/**
 * What {@code q} finds an activity by: its texts whatever quotes, accents or language either side uses, the names and
 * acronyms of its organizations in every language, and the symbols it cites however they are spaced or cased.
 */
@QuarkusTest
class ActivitySearchTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final String REPORTER = "iom-search-" + RUN;
    private static final String PARTNER = "eclac-search-" + RUN;
    private static final int NUMBER = 1000 + Math.abs(RUN.hashCode()) % 8000;
    private static final String DOCUMENT = "CE/AM/INF." + NUMBER + "/08";

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeAll
    static void upstream() {
        Upstream.organization(REPORTER, Map.of("en", "International Organization for Migration",
                "es", "Organizaci\u00F3n Internacional para las Migraciones"), Map.of("en", "IOM", "es", "OIM"));
        Upstream.organization(PARTNER, Map.of("en", "Economic Commission for Latin America and the Caribbean",
                "es", "Comisi\u00F3n Econ\u00F3mica para Am\u00E9rica Latina y el Caribe"), Map.of("en", "ECLAC", "es", "CEPAL"));
        Upstream.document(DOCUMENT, "Report of the Executive Secretariat");
    }

    /** An activity as a partner pushes it (absent fields are left out). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Body(String externalId, String reportingOrganization, Map<String, String> title, String status,
                List<Participation> participatingOrganizations, List<Document> documents) {

        static Body titled(String externalId, Map<String, String> title) {
            return new Body(externalId, REPORTER, title, "implementation", null, null);
        }

        Body withPartner(String organization) {
            return new Body(externalId, reportingOrganization, title, status, List.of(new Participation(organization, "partner")), documents);
        }

        Body citing(String symbol) {
            return new Body(externalId, reportingOrganization, title, status, participatingOrganizations, List.of(new Document(symbol)));
        }
    }

    record Participation(String organization, String role) {
    }

    record Document(String symbol) {
    }

    private static String put(Body body) {
        return given().header("Authorization", Tokens.bearer(Tokens.partner(REPORTER))).contentType(ContentType.JSON).body(body)
                .put("/v1/activities/by-external-id/" + body.externalId()).then().statusCode(201).extract().path("id");
    }

    /** The ids {@code q} finds among this run's activities (its reporting organization's). */
    private static io.restassured.response.ValidatableResponse search(String q) {
        return given().queryParam("q", q).queryParam("reportingOrganization", REPORTER).get("/v1/activities").then().statusCode(200);
    }

    @Test
    void aTitleWordRightAfterATypographicQuoteIsFound() {
        String id = put(Body.titled("quoted", Map.of("en", "Support to the \u201CPuebla Process\u201D secretariat")));
        search("Puebla").body("items.id", equalTo(List.of(id)));
    }

    @Test
    void anAccentedWordIsFoundWithoutItsAccent() {
        String id = put(Body.titled("accented", Map.of("es", "Gesti\u00F3n de fronteras en Centroam\u00E9rica")));
        search("centroamerica").body("items.id", equalTo(List.of(id)));
    }

    @Test
    void anUnaccentedWordIsFoundByTheAccentedWord() {
        String id = put(Body.titled("unaccented", Map.of("es", "Retorno voluntario a Peru")));
        search("Per\u00FA").body("items.id", equalTo(List.of(id)));
    }

    @Test
    void aSpanishQueryWithoutLangFindsTheSpanishText() {
        String id = put(Body.titled("spanish", Map.of("en", "Surveys of people on the move", "es", "Encuestas de poblaciones migratorias")));
        search("poblaciones migratorias").body("items.id", equalTo(List.of(id)));
    }

    @Test
    void anActivityIsFoundByItsReportingOrganizationsAcronymInAnotherLanguage() {
        String id = put(Body.titled("by-acronym", Map.of("en", "Labour mobility dialogue")));
        given().queryParam("q", "OIM").queryParam("reportingOrganization", REPORTER).queryParam("externalId", "by-acronym")
                .get("/v1/activities").then().statusCode(200).body("items.id", equalTo(List.of(id)));
    }

    @Test
    void anActivityIsFoundByAParticipatingOrganizationsAcronym() {
        String id = put(Body.titled("by-partner", Map.of("en", "Remittances study")).withPartner(PARTNER));
        search("CEPAL").body("items.id", equalTo(List.of(id)));
    }

    @Test
    void anActivityIsFoundByACitedSymbolSpacedAndCasedDifferently() {
        String id = put(Body.titled("by-symbol", Map.of("en", "Follow-up of the special meeting")).citing(DOCUMENT));
        search("ce/am/inf. " + NUMBER + "/08").body("items.id", equalTo(List.of(id)));
    }

    @Test
    void aRowIndexedByAnOlderVersionIsReindexedWithoutANewVersion() {
        String id = put(Body.titled("stale", Map.of("en", "Help desk at the \u201CTecun Uman\u201D crossing")));
        int updated = QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("UPDATE activity SET search_en = 'nothing', search_es = 'nada', search_indexed = 0 WHERE id = ?1")
                .setParameter(1, UUID.fromString(id)).executeUpdate());
        assertEquals(1, updated);
        search("Tecun").body("items.id", equalTo(List.of()));

        ActivityService activities = Arc.container().instance(ActivityService.class).get();
        SearchReindex.run(Arc.container().instance(EntityManager.class).get(), "activity", activities::searchTexts);

        search("Tecun").body("items.id", equalTo(List.of(id)));
        given().get("/v1/activities/" + id).then().statusCode(200).body("version", equalTo(0));
    }

    @Test
    void anActivityIsFoundByItsPartnersNewAcronymOnceTheRegistryChangesIt() {
        String partner = "renamed-" + RUN;
        UUID partnerId = Upstream.organization(partner, Map.of("en", "Regional Conference on Migration"), Map.of("en", "RCM" + RUN));
        String id = put(Body.titled("by-renamed-partner", Map.of("en", "Regional consultation")).withPartner(partner));

        Upstream.organization(partnerId, partner, Map.of("en", "Regional Conference on Migration", "es", "Conferencia Regional sobre Migraci\u00F3n"),
                Map.of("en", "RCM" + RUN, "es", "CRM" + RUN), 1);

        search("CRM" + RUN).body("items.id", equalTo(List.of(id)));
        given().get("/v1/activities/" + id).then().statusCode(200).body("version", equalTo(0));
    }
}
