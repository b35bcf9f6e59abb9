package org.oas.migration.programs.imports;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.oas.migration.platform.testing.EventWriter;
import org.oas.migration.platform.testing.Tokens;

/**
 * Plays organizations-service for the import tests: publishes organizations on organizations.v1 and waits until
 * programs-service accepts them as references (a one-line dry-run import naming them stops being rejected).
 */
final class ImportRegistry {

    private ImportRegistry() {
    }

    /** @param iatiRef the organization's IATI identifier, or null */
    static void organization(String code, String nameEn, String iatiRef) {
        String id = UUID.randomUUID().toString();
        String identifiers = iatiRef == null ? "[]" : "[{\"scheme\":\"iati-org-id\",\"value\":\"" + iatiRef + "\"}]";
        String json = "{\"id\":\"" + id + "\",\"code\":\"" + code + "\",\"type\":\"international-organization\",\"names\":{\"en\":\""
                + nameEn + "\"},\"identifiers\":" + identifiers + ",\"version\":0}";
        try (EventWriter writer = new EventWriter()) {
            writer.publish("organizations.v1", "org.oas.migration.organization.created", id, json);
        }
    }

    /** Waits until an activity reported by {@code reporting} with these participants can be written. */
    static void awaitKnown(String reporting, String... participants) {
        StringBuilder line = new StringBuilder("{\"externalId\":\"probe\",\"reportingOrganization\":\"" + reporting
                + "\",\"title\":{\"en\":\"Probe\"},\"status\":\"pipeline\",\"participatingOrganizations\":[");
        for (int i = 0; i < participants.length; i++) {
            line.append(i == 0 ? "" : ",").append("{\"organization\":\"").append(participants[i]).append("\",\"role\":\"implementing\"}");
        }
        String body = line.append("]}\n").toString();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> given()
                .header("Authorization", Tokens.bearer(Tokens.admin())).contentType("application/x-ndjson").body(ImportApiTest.utf8(body))
                .post("/v1/imports?dryRun=true").then().statusCode(201).extract().<Integer>path("counts.rejected") == 0);
    }
}
