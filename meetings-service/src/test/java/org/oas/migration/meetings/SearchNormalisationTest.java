package org.oas.migration.meetings;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How {@code q} meets the indexed text: typographic quotes and dashes, accents and case do not matter, and without
 * {@code lang} the English and the Spanish texts are both searched.
 */
@QuarkusTest
class SearchNormalisationTest {

    /** A word of letters only, unique to this run, so each query finds this class's documents and no others. */
    private static final String WORD = word();
    private static final AtomicInteger NUMBERS = Api.numbers(3000, 5000);
    private static final String GA = "ga-" + WORD;

    @BeforeAll
    static void registry() {
        Registry.organization(GA, "General Assembly", "Asamblea General", 0);
    }

    private static String word() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }

    /** Creates a document titled so in English and Spanish; returns its symbol. */
    private static String document(String titleEn, String titleEs) {
        String symbol = "CP/INF. " + NUMBERS.getAndIncrement() + "/07";
        Api.admin().body(new Bodies.Document(symbol, Map.of("en", titleEn, "es", titleEs), "2007-05-02", "information-document",
                List.of("en", "es"))).post("/v1/documents").then().statusCode(201);
        return symbol;
    }

    @Test
    void aWordRightAfterATypographicQuoteIsFound() {
        String symbol = document("Report on the \u201CPuebla Process\u201D " + WORD + "one", "Informe sobre el \u00ABProceso de Puebla\u00BB");
        given().queryParam("q", "Puebla " + WORD + "one").get("/v1/documents").then().statusCode(200)
                .body("items.symbol", equalTo(List.of(symbol)));
    }

    @Test
    void aWordAfterADashIsFound() {
        String symbol = document("Labour mobility\u2014" + WORD + "two\u2013review", "Movilidad laboral");
        given().queryParam("q", WORD + "two").get("/v1/documents").then().statusCode(200)
                .body("items.symbol", equalTo(List.of(symbol)));
    }

    @Test
    void anAccentedWordIsFoundWithoutItsAccent() {
        String symbol = document("Labour migration " + WORD + "three", "Migraci\u00F3n laboral " + WORD + "three");
        given().queryParam("q", "migracion " + WORD + "three").queryParam("lang", "es").get("/v1/documents").then().statusCode(200)
                .body("items.symbol", equalTo(List.of(symbol)));
    }

    @Test
    void aWordWrittenWithoutItsAccentIsFoundByTheAccentedWord() {
        String symbol = document("Labour migration " + WORD + "four", "Migracion laboral " + WORD + "four");
        given().queryParam("q", "MIGRACI\u00D3N " + WORD + "four").queryParam("lang", "es").get("/v1/documents").then().statusCode(200)
                .body("items.symbol", equalTo(List.of(symbol)));
    }

    @Test
    void aSpanishQueryWithoutLangFindsTheSpanishText() {
        String symbol = document("Migrant populations " + WORD + "five", "Poblaciones migratorias " + WORD + "five");
        given().queryParam("q", "poblaciones migratorias " + WORD + "five").get("/v1/documents").then().statusCode(200)
                .body("items.symbol", equalTo(List.of(symbol)));
    }

    @Test
    void theFragmentComesFromTheLanguageTheQueryMatched() {
        document("Migrant populations " + WORD + "six", "Poblaciones migratorias " + WORD + "six");
        given().queryParam("q", "poblaciones migratorias " + WORD + "six").queryParam("lang", "en").get("/v1/documents").then()
                .statusCode(200).body("items[0].match", containsString("\u00ABpoblaciones\u00BB"));
    }

    @Test
    void aResolutionTitleWithTypographicQuotesIsFoundByTheQuotedWord() {
        String symbol = "AG/RES. " + NUMBERS.getAndIncrement() + " (XXXVI-O/06)";
        Api.admin().body(new Bodies.Resolution(symbol, Map.of("en", "The \u201CSan Jos\u00E9 Declaration\u201D " + WORD + "seven"), GA,
                "adopted", "2006-06-06")).post("/v1/resolutions").then().statusCode(201);
        given().queryParam("q", "jose " + WORD + "seven").get("/v1/resolutions").then().statusCode(200)
                .body("items.symbol", hasItem(symbol));
    }
}
