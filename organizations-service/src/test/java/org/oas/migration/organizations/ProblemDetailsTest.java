package org.oas.migration.organizations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.oas.migration.organizations.Fixtures.asAdmin;
import static org.oas.migration.organizations.Fixtures.uniqueCode;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.oas.migration.platform.testing.ManagementInterface;
import org.oas.migration.platform.testing.Tokens;

/** Every client mistake is a 4xx problem+json naming what is wrong, and stores nothing. */
@QuarkusTest
class ProblemDetailsTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void malformedJson() {
        asAdmin().body("{\"code\": \"x\", ").post("/v1/organizations").then().statusCode(400).contentType(PROBLEM)
                .body("type", endsWith("/malformed-body")).body("status", equalTo(400))
                .body("instance", equalTo("/v1/organizations")).body(not(containsString("Exception")));
    }

    @Test
    void unknownFieldIsNamed() {
        String code = uniqueCode("unknown");
        asAdmin().body(Fixtures.organization(code, "other", "X", "X", null).replace("}}", "},\"colour\":\"red\"}"))
                .post("/v1/organizations").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("colour")).body("errors[0].message", containsString("unknown field"));
        given().get("/v1/organizations/" + code).then().statusCode(404);
    }

    @Test
    void wrongTypesAndUnknownEnumValues() {
        asAdmin().body("{\"code\":\"wrong-type\",\"type\":\"other\",\"names\":{\"en\":\"X\"},\"memberCountries\":\"MX\"}")
                .post("/v1/organizations").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("memberCountries"));
        asAdmin().body("{\"code\":\"wrong-enum\",\"type\":\"galaxy\",\"names\":{\"en\":\"X\"}}")
                .post("/v1/organizations").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("type")).body("errors[0].message", containsString("regional-consultative-process"));
        asAdmin().body("{\"code\":\"wrong-date\",\"type\":\"other\",\"names\":{\"en\":\"X\"},\"memberCountries\":[{\"country\":\"MX\",\"startDate\":\"2009-02-30\"}]}")
                .post("/v1/organizations").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("memberCountries[0].startDate"));
    }

    @Test
    void constraintViolationsCarryFieldPaths() {
        asAdmin().body("{\"code\":\"Bad Code\",\"type\":\"other\",\"names\":{\"xx\":\"X\"},\"country\":\"mx\","
                        + "\"memberCountries\":[{\"country\":\"ZZ\",\"startDate\":\"2010-01-01\",\"endDate\":\"2009-01-01\"}]}")
                .post("/v1/organizations").then().statusCode(400).contentType(PROBLEM)
                .body("type", endsWith("/invalid-input"))
                .body("errors.field", hasItems("code", "names", "country", "memberCountries[0].country", "memberCountries[0].periodOrdered"));
        asAdmin().body("{\"code\":\"no-names\",\"type\":\"other\",\"names\":{}}").post("/v1/organizations")
                .then().statusCode(400).body("errors.field", hasItem("names"));
        asAdmin().body("{\"code\":\"no-parent\",\"type\":\"other\",\"names\":{\"en\":\"X\"},\"parentCode\":\"does-not-exist\"}")
                .post("/v1/organizations").then().statusCode(400).body("errors[0].field", equalTo("parentCode"));
    }

    @Test
    void badQueryParameters() {
        given().queryParam("limit", 500).get("/v1/organizations").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("limit"));
        given().queryParam("cursor", "not-a-cursor").get("/v1/organizations").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        given().queryParam("updatedSince", "yesterday").get("/v1/organizations").then().statusCode(400)
                .body("errors[0].field", equalTo("updatedSince"));
        given().queryParam("lang", "de").get("/v1/organizations").then().statusCode(400)
                .body("errors[0].field", equalTo("lang"));
        given().queryParam("identifier", "no-colon").get("/v1/organizations").then().statusCode(400)
                .body("errors[0].field", equalTo("identifier"));
        given().queryParam("limit", "ten").get("/v1/organizations").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void mediaTypesMethodsAndPaths() {
        asAdmin().contentType("text/plain").body("hello").post("/v1/organizations").then().statusCode(415).contentType(PROBLEM);
        asAdmin().contentType("application/json").body("{}").patch("/v1/organizations/iom").then().statusCode(415).contentType(PROBLEM);
        given().get("/v1/nothing-here").then().statusCode(404).contentType(PROBLEM);
        asAdmin().body("{}").post("/v1/countries").then().statusCode(405).contentType(PROBLEM);
        given().get("/v1/people/not-a-uuid").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void oversizeBodyIs413() {
        String huge = "{\"code\":\"huge\",\"type\":\"other\",\"names\":{\"en\":\"" + "x".repeat(1_100_000) + "\"}}";
        asAdmin().body(huge).post("/v1/organizations").then().statusCode(413).contentType(PROBLEM)
                .body("status", equalTo(413));
        given().get("/v1/organizations/huge").then().statusCode(404);
    }

    @Test
    void aClientHangingUpMidBodyIsAClientErrorNotAServerError() throws IOException {
        String code = uniqueCode("hang-up");
        double clientErrors = postCount("400");
        double serverErrors = postCount("500");
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/organizations HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + Tokens.bearer(Tokens.admin())
                    + "\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"code\": \"" + code + "\", \"type\"")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            // Hang up only once the server is reading the body (a close that arrives with the headers is dropped by
            // Vert.x before any handler runs, which is not the case under test): in flight (the scrape itself is on the
            // management interface, which these metrics do not count).
            await().atMost(Duration.ofSeconds(20)).until(() -> metric("http_server_active_requests{") >= 1);
        }
        // The request ends when the server sees the connection close: counted as a 400, never as a 500.
        await().atMost(Duration.ofSeconds(20)).until(() -> postCount("400") + postCount("500") > clientErrors + serverErrors);
        assertEquals(serverErrors, postCount("500"), "answered as a server error");
        assertEquals(clientErrors + 1, postCount("400"), "answered as a client error");
        given().get("/v1/organizations/" + code).then().statusCode(404);
    }

    private double metric(String prefix) {
        return metrics(line -> line.startsWith(prefix));
    }

    /** Requests to POST /v1/organizations answered with this status so far, as /q/metrics counts them. */
    private double postCount(String status) {
        return metrics(line -> line.startsWith("http_server_requests_seconds_count{") && line.contains("method=\"POST\"")
                && line.contains("status=\"" + status + "\"") && line.contains("uri=\"/v1/organizations\""));
    }

    /**
     * The sum of the /q/metrics samples on the lines chosen, in the Prometheus text format (OpenMetrics, the default,
     * appends trace exemplars after the value: {@code ... 1.0 # {span_id="..."} 1.0 1796230913.376}).
     */
    private double metrics(Predicate<String> lines) {
        return given().accept("text/plain").get(ManagementInterface.url("/metrics")).then().statusCode(200).extract().asString()
                .lines().filter(lines)
                .mapToDouble(line -> Double.parseDouble(line.substring(line.indexOf("} ") + 2).split(" ")[0]))
                .sum();
    }

    @Test
    void aMethodNotAllowedSaysWhichAre() {
        asAdmin().body("{}").post("/v1/countries").then().statusCode(405).contentType(PROBLEM)
                .header("Allow", equalTo("GET, HEAD, OPTIONS"));
        asAdmin().body("{}").post("/v1/countries/MX").then().statusCode(405).header("Allow", equalTo("GET, HEAD, OPTIONS"));
    }
}
