package org.oas.migration.organizations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.oas.migration.organizations.Fixtures.asAdmin;
import static org.oas.migration.organizations.Fixtures.uniqueCode;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Input that cannot be stored as sent is refused with a 400 (or 415) problem naming what is wrong, never a 500
 * and never silently altered; nothing is stored.
 */
@QuarkusTest
class InputHygieneTest {

    private static final String PROBLEM = "application/problem+json";

    /** An organization body with one English name, as a map Jackson writes (so the test controls every character). */
    private static Map<String, Object> organization(String code, String englishName) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("type", "other");
        body.put("names", Map.of("en", englishName));
        return body;
    }

    @Test
    void aNulInAJsonStringIsRefusedNamingTheField() {
        String code = uniqueCode("nul");
        asAdmin().body(organization(code, "a\u0000b")).post("/v1/organizations").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("names.en")).body("errors[0].message", containsString("NUL"));
        given().get("/v1/organizations/" + code).then().statusCode(404);
    }

    @Test
    void aLoneSurrogateIsRefusedRatherThanStoredAsAQuestionMark() {
        String code = uniqueCode("surrogate");
        asAdmin().body("{\"code\":\"" + code + "\",\"type\":\"other\",\"names\":{\"en\":\"a\\ud800b\"}}")
                .post("/v1/organizations").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("names.en"));
        given().get("/v1/organizations/" + code).then().statusCode(404);
    }

    @Test
    void overlongUtf8IsRefusedRatherThanStoredAltered() {
        String code = uniqueCode("overlong");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("{\"code\":\"" + code + "\",\"type\":\"other\",\"names\":{\"en\":\"").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(new byte[] {(byte) 0xc1, (byte) 0x81});
        body.writeBytes("\"}}".getBytes(StandardCharsets.UTF_8));
        asAdmin().contentType("application/json").body(body.toByteArray()).post("/v1/organizations")
                .then().statusCode(400).contentType(PROBLEM).body("type", endsWith("/malformed-body"))
                .body("detail", containsString("UTF-8"));
        given().get("/v1/organizations/" + code).then().statusCode(404);
    }

    @Test
    void aKeyGivenTwiceIsRefusedNamingIt() {
        String code = uniqueCode("twice");
        asAdmin().body("{\"code\":\"" + code + "\",\"type\":\"other\",\"names\":{\"en\":\"A\"},\"names\":{\"en\":\"B\"}}")
                .post("/v1/organizations").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("names"));
        given().get("/v1/organizations/" + code).then().statusCode(404);
    }

    @Test
    void aNulInAPathParameterIsRefusedNamingIt() {
        given().urlEncodingEnabled(false).get("/v1/organizations/%00").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("idOrCode"));
    }

    @Test
    void aNulInAQueryParameterIsRefusedNamingIt() {
        given().urlEncodingEnabled(false).get("/v1/organizations?q=a%00b").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("q"));
    }

    @Test
    void aWellFormedForgedCursorIsRefusedNamingIt() {
        String forged = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("c1\u001fabc\u001fnot-a-uuid".getBytes(StandardCharsets.UTF_8));
        given().queryParam("cursor", forged).get("/v1/organizations").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("cursor"));
        given().queryParam("cursor", forged).get("/v1/people").then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        given().queryParam("cursor", forged).get("/v1/countries").then().statusCode(400).body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void aCursorOfTheSearchOrderIsRefusedByTheNameOrder() {
        Fixtures.create(uniqueCode("kestrel"), "other", "Kestrel watch", "Vigilancia", null);
        Fixtures.create(uniqueCode("kestrel"), "other", "Kestrel survey", "Encuesta", null);
        String searchCursor = given().queryParam("q", "kestrel").queryParam("limit", 1).get("/v1/organizations")
                .then().statusCode(200).extract().path("nextCursor");
        given().queryParam("cursor", searchCursor).get("/v1/organizations").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void aCompressedBodyIsRefusedWithTheEncodingsAccepted() throws Exception {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write("{\"code\":\"gz\",\"type\":\"other\",\"names\":{\"en\":\"G\"}}".getBytes(StandardCharsets.UTF_8));
        }
        asAdmin().contentType("application/json").header("Content-Encoding", "gzip").body(zipped.toByteArray())
                .post("/v1/organizations").then().statusCode(415).contentType(PROBLEM)
                .header("Accept-Encoding", "identity").body("detail", not(containsString("Exception")));
    }

    @Test
    void aBodyTooDeeplyNestedIsAProblemWithoutInternalNames() {
        String deep = "[".repeat(2000) + "]".repeat(2000);
        asAdmin().body("{\"code\":\"deep\",\"type\":\"other\",\"names\":{\"en\":\"D\"},\"identifiers\":" + deep + "}")
                .post("/v1/organizations").then().statusCode(400).contentType(PROBLEM)
                .body(not(containsString("StreamReadConstraints"))).body(not(containsString("org.oas")));
    }
}
