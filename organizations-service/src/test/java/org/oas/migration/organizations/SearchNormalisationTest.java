package org.oas.migration.organizations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.oas.migration.organizations.Fixtures.asAdmin;
import static org.oas.migration.organizations.Fixtures.uniqueCode;
import static org.oas.migration.organizations.OrganizationBody.organization;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** How {@code q} meets names: typographic quotes, accents and case do not matter, on either side. */
@QuarkusTest
class SearchNormalisationTest {

    /** A word of letters only, unique to this run, so each query finds this class's records and no others. */
    private static final String WORD = word();

    private static String word() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }

    @Test
    void aNameWordRightAfterATypographicQuoteIsFound() {
        String code = uniqueCode("quoted");
        organization(code).names(Map.of("en", "Secretariat of the \u201C" + WORD + "one Process\u201D")).create();
        given().queryParam("q", WORD + "one").get("/v1/organizations").then().statusCode(200).body("items.code", equalTo(List.of(code)));
    }

    @Test
    void anAccentedNameIsFoundWithoutItsAccents() {
        String code = uniqueCode("accented");
        organization(code).names(Map.of("es", "Organizaci\u00F3n " + WORD + "two de Am\u00E9rica")).create();
        given().queryParam("q", "organizacion america " + WORD + "two").get("/v1/organizations").then().statusCode(200)
                .body("items.code", equalTo(List.of(code)));
    }

    @Test
    void anAcronymWrittenWithoutAccentsIsFoundByTheAccentedOne() {
        String code = uniqueCode("acronym");
        organization(code).acronym("es", "OIMSE" + WORD.toUpperCase()).create();
        given().queryParam("q", "\u00D3IMS\u00C9" + WORD).get("/v1/organizations").then().statusCode(200)
                .body("items.code", equalTo(List.of(code)));
    }

    @Test
    void aPersonIsFoundByTheirNameWithoutItsAccent() {
        String id = asAdmin().body(Map.of("name", "Berta Fern\u00E1ndez " + WORD + "three")).post("/v1/people").then().statusCode(201)
                .extract().path("id");
        given().queryParam("q", "FERNANDEZ " + WORD + "three").get("/v1/people").then().statusCode(200).body("items.id", equalTo(List.of(id)));
    }
}
