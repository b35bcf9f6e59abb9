package org.oas.migration.meetings;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import org.oas.migration.platform.testing.xml.OfficialSchemas;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** A resolution as Akoma Ntoso 3.0: the document's structure and identification, its languages, and content negotiation. */
@QuarkusTest
class ResolutionAkomaNtosoTest {

    private static final String AKN = "application/akn+xml";
    private static final String RUN = Api.run();
    private static final int RUN_NUMBER = Api.numbers(90_000, 9_900).get();
    private static final String GA = "ga-" + RUN;
    private static final String CAM = "cam-" + RUN;
    private static final String SYMBOL = "AG/RES. " + RUN_NUMBER + " (XXXVI-O/06)";
    private static final String WORK = "/akn/oas/resolution/2006-06-06/ag-res-" + RUN_NUMBER + "-xxxvi-o-06";
    private static final String TITLE_ES = "Poblaciones migratorias y flujos de migración en las Américas";
    private static String id;

    /** Written once, before the first test (HTTP is not served yet in a static @BeforeAll). */
    @BeforeEach
    void aResolutionInEnglishAndSpanish() {
        if (id != null) {
            return;
        }
        Registry.organization(GA, "General Assembly", "Asamblea General", 0);
        Registry.organization(CAM, "Committee on Migration Issues", "Comisión de Asuntos Migratorios", 0);
        id = Api.admin().body(new Bodies.FullResolution(SYMBOL, Map.of("en", "Migrant Populations and Migration Flows in the Americas",
                        "es", TITLE_ES), GA, "adopted", "2006-06-06", List.of("MX"), List.of(),
                List.of(new Bodies.Preambular("RECALLING", Map.of("en", "resolution AG/RES. 2141 (XXXV-O/05);",
                                "es", "la resolución AG/RES. 2141 (XXXV-O/05);")),
                        new Bodies.Preambular("AWARE", Map.of("en", "that all member states are countries of origin, transit and destination;",
                                "es", "de que todos los Estados Miembros son países de origen, tránsito y destino;"))),
                List.of(new Bodies.Operative("1", Map.of("en", "To instruct the Permanent Council to hold a special meeting.",
                                "es", "Encomendar al Consejo Permanente que celebre una reunión especial."), List.of()),
                        new Bodies.Operative("5bis", Map.of("en", "To request the Committee on Migration Issues to report.",
                                "es", "Solicitar a la Comisión de Asuntos Migratorios que informe."),
                                List.of(new Bodies.Mandate(CAM, null)))),
                List.of())).post("/v1/resolutions").then().statusCode(201).extract().path("id");
    }

    @Test
    void theDocumentIsValidAgainstTheOfficialSchema() throws Exception {
        validate(akn(id, "en").asByteArray());
    }

    @Test
    void aResolutionWithoutDateOrParagraphsIsValidAndDatedByTheYearOfItsSymbol() throws Exception {
        String symbol = "AG/RES. " + (RUN_NUMBER + 1) + " (XXXVIII-O/08)";
        String other = Api.admin().body(Bodies.Resolution.of(symbol, "Human Rights of All Migrant Workers", GA).withoutAdoptionDate())
                .post("/v1/resolutions").then().statusCode(201).extract().path("id");
        byte[] xml = akn(other, "en").asByteArray();
        validate(xml);
        Document document = parse(xml);
        assertEquals("/akn/oas/resolution/2008/ag-res-" + (RUN_NUMBER + 1) + "-xxxviii-o-08", xpath(document, "//a:FRBRWork/a:FRBRuri/@value"));
        assertEquals("2008-01-01 adoptionYear", xpath(document, "concat(//a:FRBRWork/a:FRBRdate/@date, ' ', //a:FRBRWork/a:FRBRdate/@name)"));
        assertEquals("1", xpath(document, "count(/a:akomaNtoso/a:statement/a:mainBody/a:p/a:omissis)"));
    }

    @Test
    void aDraftIsADraftResolutionNumberedByItsClassificationAndValid() throws Exception {
        String classification = "CIDI/CAM/doc." + RUN_NUMBER + "/13 rev. 3";
        String draft = Api.admin().body(Bodies.Draft.of(classification, "Strengthening the Topic of Migration in the OAS", CAM))
                .post("/v1/resolutions").then().statusCode(201).extract().path("id");
        byte[] xml = akn(draft, "en").asByteArray();
        validate(xml);
        Document document = parse(xml);
        assertEquals("draftResolution", xpath(document, "/a:akomaNtoso/a:statement/@name"));
        assertEquals(classification, xpath(document, "//a:preface//a:docNumber"));
        assertEquals("cidi-cam-doc-" + RUN_NUMBER + "-13-rev-3", xpath(document, "//a:FRBRWork/a:FRBRnumber/@value"));
    }

    @Test
    void markupCharactersAreEscapedAndCharactersXmlCannotCarryReplaced() throws Exception {
        String symbol = "AG/RES. " + (RUN_NUMBER + 2) + " (XXXVI-O/06)";
        String title = "Migrants <b> & \"families\" \u0007 \uD83C\uDF0E";
        String other = Api.admin().body(Bodies.Resolution.of(symbol, title, GA)).post("/v1/resolutions").then().statusCode(201)
                .extract().path("id");
        byte[] xml = akn(other, "en").asByteArray();
        validate(xml);
        assertEquals("Migrants <b> & \"families\" \uFFFD \uD83C\uDF0E", xpath(parse(xml), "//a:preface//a:docTitle"));
    }

    @Test
    void operativeParagraph5bisHasItsEidAndNum() throws Exception {
        Document document = parse(akn(id, "en").asByteArray());
        assertEquals("5bis", xpath(document, "/a:akomaNtoso/a:statement/a:mainBody/a:paragraph[@eId='para_5bis']/a:num"));
        assertEquals("To request the Committee on Migration Issues to report.",
                xpath(document, "/a:akomaNtoso/a:statement/a:mainBody/a:paragraph[@eId='para_5bis']/a:content/a:p"));
        assertEquals("para_1 para_5bis", xpath(document, "concat(//a:mainBody/a:paragraph[1]/@eId, ' ', //a:mainBody/a:paragraph[2]/@eId)"));
    }

    @Test
    void preambularParagraphsAreThePreamblesRecitalsAndOperativeOnesTheMainBody() throws Exception {
        Document document = parse(akn(id, "en").asByteArray());
        assertEquals("2", xpath(document, "count(/a:akomaNtoso/a:statement/a:preamble/a:recitals/a:recital)"));
        assertEquals("0", xpath(document, "count(/a:akomaNtoso/a:statement/a:preamble//a:paragraph)"));
        assertEquals("2", xpath(document, "count(/a:akomaNtoso/a:statement/a:mainBody/a:paragraph)"));
        assertEquals("0", xpath(document, "count(/a:akomaNtoso/a:statement/a:mainBody//a:recital)"));
        assertEquals("AWARE that all member states are countries of origin, transit and destination;",
                xpath(document, "string(/a:akomaNtoso/a:statement/a:preamble/a:recitals/a:recital[@eId='recs__rec_2']/a:p)"));
    }

    @Test
    void theFrbrIdentificationIsBuiltFromTheSymbolAndAdoptionDate() throws Exception {
        Document document = parse(akn(id, "en").asByteArray());
        assertEquals("resolution", xpath(document, "/a:akomaNtoso/a:statement/@name"));
        assertEquals(WORK, xpath(document, "//a:FRBRWork/a:FRBRuri/@value"));
        assertEquals(WORK + "/!main", xpath(document, "//a:FRBRWork/a:FRBRthis/@value"));
        assertEquals("2006-06-06", xpath(document, "//a:FRBRWork/a:FRBRdate/@date"));
        assertEquals("#" + GA, xpath(document, "//a:FRBRWork/a:FRBRauthor/@href"));
        assertEquals("General Assembly", xpath(document, "//a:references/a:TLCOrganization[@eId='" + GA + "']/@showAs"));
        assertEquals("oas", xpath(document, "//a:FRBRWork/a:FRBRcountry/@value"));
        assertEquals(WORK + "/eng@", xpath(document, "//a:FRBRExpression/a:FRBRuri/@value"));
        assertEquals("eng", xpath(document, "//a:FRBRExpression/a:FRBRlanguage/@language"));
        assertEquals(WORK + "/eng@/!main.xml", xpath(document, "//a:FRBRManifestation/a:FRBRthis/@value"));
    }

    @Test
    void langEsGivesTheSpanishExpression() throws Exception {
        Response response = akn(id, "es");
        response.then().header("Content-Language", "es");
        Document document = parse(response.asByteArray());
        assertEquals(WORK + "/spa@", xpath(document, "//a:FRBRExpression/a:FRBRuri/@value"));
        assertEquals("spa", xpath(document, "//a:FRBRExpression/a:FRBRlanguage/@language"));
        assertEquals(TITLE_ES, xpath(document, "//a:preface//a:docTitle"));
        assertEquals("Solicitar a la Comisión de Asuntos Migratorios que informe.",
                xpath(document, "//a:mainBody/a:paragraph[@eId='para_5bis']/a:content/a:p"));
        assertEquals("Asamblea General", xpath(document, "//a:references/a:TLCOrganization[@eId='" + GA + "']/@showAs"));
    }

    @Test
    void acceptLanguageChoosesTheExpressionWithoutLang() throws Exception {
        Response response = given().header("Accept-Language", "es-MX, en;q=0.5").get("/v1/resolutions/" + id + "/akn");
        response.then().statusCode(200).header("Content-Language", "es");
        assertEquals(TITLE_ES, xpath(parse(response.asByteArray()), "//a:preface//a:docTitle"));
    }

    @Test
    void englishIsTheDefaultExpression() {
        given().get("/v1/resolutions/" + id + "/akn").then().statusCode(200).contentType(startsWith(AKN)).header("Content-Language", "en");
    }

    @Test
    void aLanguageWithoutTheWholeTextIsANotFoundProblem() {
        given().queryParam("lang", "fr").get("/v1/resolutions/" + id + "/akn").then().statusCode(404)
                .contentType(startsWith("application/problem+json")).body("type", endsWith("/not-found"))
                .body("detail", containsString("'fr'")).body("detail", containsString("it has en, es"));
    }

    @Test
    void anUnknownIdIsANotFoundProblem() {
        given().get("/v1/resolutions/" + UUID.randomUUID() + "/akn").then().statusCode(404)
                .contentType(startsWith("application/problem+json")).body("type", endsWith("/not-found"));
    }

    @Test
    void anUnknownIdAskedForAsAkomaNtosoIsANotFoundProblem() {
        given().accept(AKN).get("/v1/resolutions/" + UUID.randomUUID()).then().statusCode(404)
                .contentType(startsWith("application/problem+json")).body("status", equalTo(404));
    }

    @Test
    void acceptAkomaNtosoOnTheResourceAnswersTheDocumentOfTheAknPath() {
        Response direct = akn(id, "en");
        Response negotiated = given().accept(AKN).get("/v1/resolutions/" + id);
        negotiated.then().statusCode(200).contentType(startsWith(AKN)).header("Content-Language", "en")
                .header("ETag", equalTo(direct.header("ETag")));
        assertThat(varies(negotiated), hasItem("Accept"));
        assertArrayEquals(direct.asByteArray(), negotiated.asByteArray());
    }

    @Test
    void withoutAcceptOrWithAWildcardTheResourceAnswersJson() {
        given().get("/v1/resolutions/" + id).then().statusCode(200).contentType(startsWith("application/json")).body("symbol", equalTo(SYMBOL));
        given().accept("*/*").get("/v1/resolutions/" + id).then().statusCode(200).contentType(startsWith("application/json"));
        given().accept("application/*").get("/v1/resolutions/" + id).then().statusCode(200).contentType(startsWith("application/json"));
    }

    @Test
    void theJsonAnswerVariesByAcceptToo() {
        assertThat(varies(given().get("/v1/resolutions/" + id)), hasItem("Accept"));
    }

    @Test
    void theHigherQualityRepresentationIsChosen() {
        given().header("Accept", "application/json;q=0.5, application/akn+xml").get("/v1/resolutions/" + id).then().statusCode(200)
                .contentType(startsWith(AKN));
        given().header("Accept", "application/akn+xml;q=0.4, application/json").get("/v1/resolutions/" + id).then().statusCode(200)
                .contentType(startsWith("application/json"));
    }

    @Test
    void anUnsupportedAcceptIsANotAcceptableProblem() {
        given().accept("text/html").get("/v1/resolutions/" + id).then().statusCode(406)
                .contentType(startsWith("application/problem+json")).body("type", endsWith("/not-acceptable"))
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void jsonIsNotAcceptableAtTheAknPath() {
        given().accept("application/json").get("/v1/resolutions/" + id + "/akn").then().statusCode(406)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void theDocumentHasItsOwnEtagAndIfNoneMatchWithItIsNotModified() {
        String aknTag = akn(id, "en").header("ETag");
        String jsonTag = given().get("/v1/resolutions/" + id).header("ETag");
        assertThat(aknTag, not(equalTo(jsonTag)));
        assertThat(aknTag, not(equalTo(akn(id, "es").header("ETag"))));
        given().header("If-None-Match", aknTag).get("/v1/resolutions/" + id + "/akn").then().statusCode(304);
    }

    @Test
    void theLookupBySymbolNegotiatesTheDocumentToo() throws Exception {
        Response response = given().accept(AKN).queryParam("symbol", SYMBOL.toLowerCase()).get("/v1/resolutions/lookup");
        response.then().statusCode(200).contentType(startsWith(AKN));
        assertEquals(WORK, xpath(parse(response.asByteArray()), "//a:FRBRWork/a:FRBRuri/@value"));
    }

    @Test
    void theOpenApiDocumentDeclaresBothMediaTypesAndTheAknPath() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/v1/resolutions/{id}'.get.responses.'200'.content", hasKey("application/json"))
                .body("paths.'/v1/resolutions/{id}'.get.responses.'200'.content", hasKey(AKN))
                .body("paths.'/v1/resolutions/{id}'.get.responses", hasKey("406"))
                .body("paths.'/v1/resolutions/{id}/akn'.get.operationId", equalTo("getResolutionAkomaNtoso"))
                .body("paths.'/v1/resolutions/{id}/akn'.get.responses.'200'.content", hasKey(AKN))
                .body("paths.'/v1/resolutions/lookup'.get.responses.'200'.content", hasKey(AKN))
                .body("paths.'/v1/resolutions/{id}'.get.parameters.name", hasItem("lang"));
    }

    /** What the answer varies by, from all its Vary lines. */
    private static List<String> varies(Response response) {
        return response.headers().getValues("Vary").stream().flatMap(line -> Arrays.stream(line.split(",")))
                .map(String::trim).toList();
    }

    private static Response akn(String resolution, String lang) {
        Response response = given().queryParam("lang", lang).get("/v1/resolutions/" + resolution + "/akn");
        response.then().statusCode(200).contentType(startsWith(AKN));
        return response;
    }

    /** Against the official akomantoso30.xsd (and the xml.xsd it imports), from the folder the build names. */
    private static void validate(byte[] xml) throws Exception {
        OfficialSchemas.named("akomantoso-3.0/akomantoso30.xsd").newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** An XPath 1.0 expression with {@code a:} bound to the Akoma Ntoso namespace, as a string. */
    private static String xpath(Document document, String expression) throws Exception {
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return "a".equals(prefix) ? "http://docs.oasis-open.org/legaldocml/ns/akn/3.0" : XMLConstants.NULL_NS_URI;
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
        return xpath.evaluate(expression, document);
    }
}
