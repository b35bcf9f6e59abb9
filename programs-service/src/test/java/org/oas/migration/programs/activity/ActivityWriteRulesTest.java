package org.oas.migration.programs.activity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oas.migration.platform.testing.Tokens;
import org.oas.migration.programs.Upstream;
import org.oas.migration.programs.activity.domain.ActivityWriteResult;
import org.oas.migration.programs.activity.domain.ActivityWriter;
import org.oas.migration.programs.activity.domain.WriteActor;

/** The rules every activity write follows: concurrent writers queue, an older source copy never overwrites a newer one. */
@QuarkusTest
class ActivityWriteRulesTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final String IOM = "iom-" + RUN;
    private static final String ECLAC = "eclac-" + RUN;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ActivityWriter writer;

    @BeforeAll
    static void upstream() {
        Upstream.organization(IOM, "International Organization for Migration", 0, null);
        Upstream.organization(ECLAC, "Economic Commission for Latin America and the Caribbean", 0, null);
    }

    /** A valid activity body reported by {@code org}, changed at the source at {@code sourceUpdatedAt}. */
    private static String body(String externalId, String org, String sourceUpdatedAt) {
        return "{\"externalId\":\"" + externalId + "\",\"reportingOrganization\":\"" + org + "\",\"title\":{\"en\":\"Border health\"},"
                + "\"status\":\"implementation\",\"sourceUpdatedAt\":\"" + sourceUpdatedAt + "\","
                + "\"contacts\":[{\"name\":\"Ana Pérez\",\"email\":\"ana@example.org\",\"phone\":\"+1 202 555 0100\"}]}";
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", Tokens.bearer(token)).contentType(ContentType.JSON);
    }

    private static String create(String externalId, String sourceUpdatedAt) {
        return as(Tokens.partner(IOM)).body(body(externalId, IOM, sourceUpdatedAt)).put("/v1/activities/by-external-id/" + externalId)
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void twoConcurrentPatchesWithTheSameIfMatchGiveOneSuccessAndOnePreconditionFailed() throws Exception {
        String id = create("race-1", "2026-01-01T00:00:00Z");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (String status : List.of("closed", "suspended")) {
                answers.add(threads.submit(() -> {
                    start.await();
                    return as(Tokens.partner(IOM)).contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                            .body("{\"status\":\"" + status + "\"}").patch("/v1/activities/" + id).statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            statuses.sort(Integer::compare);
            assertEquals(List.of(200, 412), statuses);
        } finally {
            threads.shutdownNow();
        }
        given().get("/v1/activities/" + id + "/revisions").then().body("items.version", equalTo(List.of(1, 0)));
    }

    @Test
    void aPutOlderThanTheStoredSourceIsRefusedNamingWhatIsStored() {
        String id = create("older-1", "2026-03-01T10:00:00Z");
        as(Tokens.partner(IOM)).body(body("older-1", IOM, "2026-02-01T10:00:00Z").replace("Border health", "Old title"))
                .put("/v1/activities/by-external-id/older-1").then().statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/conflict")).body("detail", containsString("2026-03-01T10:00:00Z"))
                .body("errors[0].field", equalTo("sourceUpdatedAt"));
        given().get("/v1/activities/" + id).then().body("title.en", equalTo("Border health")).body("version", equalTo(0));
    }

    @Test
    void anImportLineOlderThanTheStoredSourceIsRejectedWithTheSameProblem() throws Exception {
        create("older-2", "2026-03-01T10:00:00Z");
        ObjectNode line = (ObjectNode) JSON.readTree(body("older-2", IOM, "2026-02-01T10:00:00Z").replace("Border health", "Old title"));
        ActivityWriteResult result = QuarkusTransaction.requiringNew()
                .call(() -> writer.upsertByExternalId(new WriteActor("test-client", IOM, false), line, false));
        assertEquals(ActivityWriteResult.Outcome.REJECTED, result.outcome());
        assertEquals(409, result.problem().status());
        assertEquals("sourceUpdatedAt", result.problem().errors().get(0).field());
        assertTrue(result.problem().detail().contains("2026-03-01T10:00:00Z"), result.problem().detail());
    }

    @Test
    void theReportingPartnerSeesContactsInFullOnGetAndListAnotherPartnerDoesNot() {
        String id = create("contacts-rule-1", "2026-01-01T00:00:00Z");
        as(Tokens.partner(IOM)).get("/v1/activities/" + id).then().statusCode(200).body("contacts[0].phone", equalTo("+1 202 555 0100"));
        as(Tokens.partner(IOM)).queryParam("externalId", "contacts-rule-1").get("/v1/activities").then()
                .body("items[0].contacts[0].phone", equalTo("+1 202 555 0100"));
        as(Tokens.partner(ECLAC)).get("/v1/activities/" + id).then().statusCode(200).body("contacts[0].name", equalTo("Ana Pérez"))
                .body("contacts[0].phone", nullValue());
        as(Tokens.partner(ECLAC)).queryParam("externalId", "contacts-rule-1").get("/v1/activities").then()
                .body("items[0].contacts[0].name", equalTo("Ana Pérez")).body("items[0].contacts[0].phone", nullValue());
    }
}
