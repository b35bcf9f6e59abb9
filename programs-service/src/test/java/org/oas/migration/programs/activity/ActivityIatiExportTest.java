package org.oas.migration.programs.activity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import org.oas.migration.platform.testing.xml.OfficialSchemas;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oas.migration.platform.testing.Tokens;
import org.oas.migration.programs.Upstream;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The IATI 2.03 export of activities: schema-valid, the import's inverse, filtered like the list, contacts as the reader may see them. */
@QuarkusTest
class ActivityIatiExportTest {

    private static final String IATI = "application/vnd.iati.activities+xml";
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final String IOM = "iom-x" + RUN;
    private static final String ILO = "ilo-x" + RUN;
    private static final String NOREF = "noref-x" + RUN;
    private static final String IOM_REF = "XM-DAC-47066-" + RUN;
    private static final String ILO_REF = "XM-DAC-41302-" + RUN;

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static boolean created;
    private static String omittedId;

    @BeforeAll
    static void upstream() {
        Upstream.organization(IOM, "International Organization for Migration", 0, IOM_REF);
        Upstream.organization(ILO, "International Labour Organization", 0, ILO_REF);
        Upstream.organization(NOREF, "Red Cross of Nowhere", 0, null);
    }

    /** Once, before the first test (REST Assured learns the test port only before each test). */
    @BeforeEach
    void activities() {
        if (created) {
            return;
        }
        // What the import's mapping carries, in full: exported and imported again, it is unchanged.
        put(IOM_REF + "-EXP.1", IOM, """
                "title": {"en": "Labour mobility in Central America", "es": "Movilidad laboral en Centroamérica"},
                "description": {"en": "Fair recruitment & protection <of> migrant workers.", "fr": "Recrutement équitable."},
                "status": "implementation",
                "participatingOrganizations": [{"organization": "%s", "role": "accountable"}, {"organization": "%s", "role": "implementing"},
                                               {"organization": "%s", "role": "funding"}],
                "plannedStart": "2019-03-01", "actualStart": "2019-04-15", "plannedEnd": "2021-12-31",
                "recipientCountries": ["SV", "HN"], "themes": ["migration-policy", "health", "labour-migration"],
                "documents": [{"url": "https://www.iom.int/files/lm-0250-factsheet.pdf", "title": {"en": "Fact sheet", "es": "Ficha"}},
                              {"url": "https://www.iom.int/lm-0250"}],
                "identifiers": [{"scheme": "iati-activity-id", "value": "%s"}],
                "sourceUpdatedAt": "2026-10-15T09:30:00Z"
                """.formatted(IOM, ILO, ILO, IOM_REF + "-EXP.1"));
        put(IOM_REF + "-EXP.2", IOM, """
                "title": {"en": "Return and reintegration in Guatemala"}, "description": {"es": "Retorno y reintegración."},
                "status": "pipeline", "participatingOrganizations": [{"organization": "%s", "role": "funding"}],
                "actualStart": "2021-05-10", "recipientCountries": ["GT"],
                "identifiers": [{"scheme": "iati-activity-id", "value": "%s"}]
                """.formatted(ILO, IOM_REF + "-EXP.2"));
        // IATI needs a description: left out of exports.
        omittedId = put(IOM_REF + "-EXP.3", IOM, """
                "title": {"en": "No description yet"}, "status": "pipeline", "plannedStart": "2027",
                "participatingOrganizations": [{"organization": "%s", "role": "funding"}], "recipientCountries": ["GT"]
                """.formatted(ILO));
        // Contacts; an externalId without the reporting organization's prefix; partial dates.
        put("contacts-1", ILO, """
                "title": {"en": "Decent work for migrant domestic workers"}, "description": {"en": "Training and outreach."},
                "status": "implementation", "participatingOrganizations": [{"organization": "%s", "role": "partner"}],
                "plannedStart": "2020", "plannedEnd": "2022-06", "recipientCountries": ["DO"], "themes": ["border-management"],
                "contacts": [{"name": "Ana Pérez", "role": "Programme officer", "email": "ana@example.org", "phone": "+1 202 555 0100"}]
                """.formatted(NOREF));
        // A reporting organization without an iati-org-id: IATI needs reporting-org/@ref.
        put("noref-1", NOREF, """
                "title": {"en": "Shelter"}, "description": {"en": "Shelter."}, "status": "closed", "actualStart": "2010-01-01",
                "participatingOrganizations": [{"organization": "%s", "role": "implementing"}]
                """.formatted(NOREF));
        created = true;
    }

    private static String put(String externalId, String org, String fields) {
        String body = "{\"externalId\": \"" + externalId + "\", \"reportingOrganization\": \"" + org + "\", " + fields + "}";
        return given().header("Authorization", Tokens.bearer(Tokens.admin())).contentType(ContentType.JSON)
                .body(body.getBytes(StandardCharsets.UTF_8)).put("/v1/activities/by-external-id/" + externalId)
                .then().statusCode(201).extract().path("id");
    }

    private static String export(String token, String... query) {
        var request = token == null ? given() : given().header("Authorization", Tokens.bearer(token));
        for (int i = 0; i < query.length; i += 2) {
            request.queryParam(query[i], query[i + 1]);
        }
        return request.accept(IATI).get("/v1/activities").then().statusCode(200).contentType(startsWith(IATI))
                .extract().asString();
    }

    @Test
    void theExportIsValidAgainstTheOfficialIati203Schema() throws Exception {
        var schema = OfficialSchemas.named("iati-2.03/iati-activities-schema.xsd");
        for (String org : List.of(IOM, ILO)) {
            String xml = export(Tokens.admin(), "reportingOrganization", org);
            schema.newValidator().validate(new StreamSource(new StringReader(xml)));
        }
        String one = given().accept(IATI).get("/v1/activities/" + idOf(IOM, IOM_REF + "-EXP.1")).then().statusCode(200)
                .contentType(startsWith(IATI)).extract().asString();
        schema.newValidator().validate(new StreamSource(new StringReader(one)));
    }

    @Test
    void anExportImportedAgainByThePartnerIsUnchangedLineByLine() {
        String xml = export(Tokens.partner(IOM), "reportingOrganization", IOM);
        assertEquals(List.of(IOM_REF + "-EXP.2", IOM_REF + "-EXP.1"), texts(xml, "/iati-activities/iati-activity/iati-identifier"));
        given().header("Authorization", Tokens.bearer(Tokens.partner(IOM))).contentType(IATI).body(xml.getBytes(StandardCharsets.UTF_8))
                .post("/v1/imports?dryRun=true").then().statusCode(201)
                .body("totalLines", equalTo(2)).body("counts.unchanged", equalTo(2)).body("counts.created", equalTo(0))
                .body("counts.updated", equalTo(0)).body("counts.rejected", equalTo(0));
    }

    @Test
    void theExportWritesTheImportsCodes() {
        String xml = export(null, "reportingOrganization", IOM, "status", "implementation");
        String activity = "/iati-activities/iati-activity[iati-identifier='" + IOM_REF + "-EXP.1']";
        assertEquals(List.of("2.03"), texts(xml, "/iati-activities/@version"));
        assertEquals(List.of(IOM_REF), texts(xml, activity + "/reporting-org/@ref"));
        assertEquals(List.of("40"), texts(xml, activity + "/reporting-org/@type"));
        assertEquals(List.of("2"), texts(xml, activity + "/activity-status/@code"));
        assertEquals(List.of("1", "2", "3"), texts(xml, activity + "/activity-date/@type"));
        assertEquals(List.of("2", "4", "1"), texts(xml, activity + "/participating-org/@role"));
        assertEquals(List.of(IOM_REF, ILO_REF, ILO_REF), texts(xml, activity + "/participating-org/@ref"));
        assertEquals(List.of("15190", "12110", "16070"), texts(xml, activity + "/sector/@code"));
        assertEquals(List.of("SV", "HN"), texts(xml, activity + "/recipient-country/@code"));
        assertEquals(List.of("Fair recruitment & protection <of> migrant workers.", "Recrutement équitable."),
                texts(xml, activity + "/description/narrative"));
        assertEquals(List.of("en", "fr"), texts(xml, activity + "/description/narrative/@*[local-name()='lang']"));
        assertEquals(List.of("application/pdf", "text/html"), texts(xml, activity + "/document-link/@format"));
        assertEquals(List.of("2026-10-15T09:30:00Z"), texts(xml, activity + "/@last-updated-datetime"));
    }

    @Test
    void anExternalIdWithoutTheOrganizationsPrefixIsPrefixedAndPartialDatesBecomeDays() {
        String xml = export(null, "reportingOrganization", ILO);
        assertEquals(List.of(ILO_REF + "-contacts-1"), texts(xml, "/iati-activities/iati-activity/iati-identifier"));
        assertEquals(List.of("contacts-1"), texts(xml, "/iati-activities/iati-activity/other-identifier[@type='A1']/@ref"));
        assertEquals(List.of("2020-01-01", "2022-06-30"), texts(xml, "/iati-activities/iati-activity/activity-date/@iso-date"));
        // A participant without an iati-org-id is named, without @ref; border-management has no DAC code.
        assertEquals(List.of("Red Cross of Nowhere"), texts(xml, "/iati-activities/iati-activity/participating-org/narrative"));
        assertEquals(List.of(), texts(xml, "/iati-activities/iati-activity/participating-org/@ref"));
        assertEquals(List.of(), texts(xml, "/iati-activities/iati-activity/sector"));
    }

    @Test
    void activitiesIatiCannotRepresentAreLeftOutAndCounted() {
        given().accept(IATI).queryParam("reportingOrganization", IOM).get("/v1/activities").then().statusCode(200)
                .header("IATI-Omitted-Activities", "1");
        given().accept(IATI).queryParam("reportingOrganization", NOREF).get("/v1/activities").then().statusCode(200)
                .header("IATI-Omitted-Activities", "1");
        given().accept(IATI).get("/v1/activities/" + omittedId).then().statusCode(406).contentType("application/problem+json")
                .body("type", endsWith("/not-acceptable")).body("errors[0].field", equalTo("description"));
    }

    @Test
    void theListsFiltersApply() {
        String xml = export(null, "reportingOrganization", IOM, "country", "GT");
        assertEquals(List.of(IOM_REF + "-EXP.2"), texts(xml, "/iati-activities/iati-activity/iati-identifier"));
        String urlForm = given().queryParam("reportingOrganization", IOM).queryParam("country", "SV").get("/v1/activities/export/iati")
                .then().statusCode(200).contentType(startsWith(IATI)).header("IATI-Omitted-Activities", "0").extract().asString();
        assertEquals(List.of(IOM_REF + "-EXP.1"), texts(urlForm, "/iati-activities/iati-activity/iati-identifier"));
        given().queryParam("status", "sideways").accept(IATI).get("/v1/activities").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("status"));
    }

    @Test
    void theExportHasNoPagesSoLimitAndCursorAreRefused() {
        given().accept(IATI).queryParam("limit", "10").get("/v1/activities").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("limit"));
        given().queryParam("cursor", "abc").get("/v1/activities/export/iati").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void anAcceptTheApiDoesNotAnswerIsStillA406Problem() {
        given().accept("text/csv").get("/v1/activities").then().statusCode(406).contentType("application/problem+json")
                .body("type", endsWith("/not-acceptable")).body("detail", containsString("OpenAPI"));
        given().accept("application/json").get("/v1/activities/export/iati").then().statusCode(406)
                .contentType("application/problem+json");
        given().accept(ContentType.JSON).queryParam("reportingOrganization", IOM).get("/v1/activities").then().statusCode(200)
                .contentType(ContentType.JSON).header("Vary", containsString("Accept"));
    }

    @Test
    void contactsPersonalDataOnlyForThoseWhoMaySeeIt() {
        String contact = "/iati-activities/iati-activity/contact-info";
        String anonymous = export(null, "reportingOrganization", ILO);
        assertEquals(List.of("Ana Pérez"), texts(anonymous, contact + "/person-name/narrative"));
        assertEquals(List.of(), texts(anonymous, contact + "/email"));
        assertEquals(List.of(), texts(anonymous, contact + "/telephone"));
        assertEquals(List.of(), texts(export(Tokens.partner(IOM), "reportingOrganization", ILO), contact + "/email"));
        String partner = export(Tokens.partner(ILO), "reportingOrganization", ILO);
        assertEquals(List.of("ana@example.org"), texts(partner, contact + "/email"));
        assertEquals(List.of("+1 202 555 0100"), texts(partner, contact + "/telephone"));
        String single = given().accept(IATI).get("/v1/activities/" + idOf(ILO, "contacts-1")).then().statusCode(200).extract().asString();
        assertEquals(List.of(), texts(single, contact + "/email"));
    }

    @Test
    void theOpenApiDocumentDeclaresTheMediaTypesAndTheUrlForm() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/v1/activities'.get.responses.'200'.content", hasKey(IATI))
                .body("paths.'/v1/activities'.get.responses.'200'.content", hasKey("application/json"))
                .body("paths.'/v1/activities'.get.responses.'200'.headers", hasKey("IATI-Omitted-Activities"))
                .body("paths.'/v1/activities/{id}'.get.responses.'200'.content", hasKey(IATI))
                .body("paths.'/v1/activities/export/iati'.get.operationId", equalTo("exportActivitiesIati"))
                .body("paths.'/v1/activities/export/iati'.get.parameters.name", hasItems("country", "reportingOrganization", "q"))
                .body("paths.'/v1/activities/export/iati'.get.responses.'200'.content", hasKey("application/xml"));
    }

    private static String idOf(String org, String externalId) {
        return given().queryParam("reportingOrganization", org).queryParam("externalId", externalId).get("/v1/activities").then().statusCode(200).extract().path("items[0].id");
    }

    /** The text of every node the XPath selects, in document order. */
    private static List<String> texts(String xml, String xpath) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.NODESET);
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                texts.add(nodes.item(i).getTextContent());
            }
            return texts;
        } catch (Exception e) {
            throw new AssertionError("Cannot read " + xpath + " in " + xml, e);
        }
    }
}
