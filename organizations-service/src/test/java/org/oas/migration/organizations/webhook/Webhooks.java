package org.oas.migration.organizations.webhook;

import static org.awaitility.Awaitility.await;
import static org.oas.migration.organizations.Fixtures.asAdmin;
import static org.oas.migration.organizations.Fixtures.uniqueCode;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** A webhook registered for a test, and the organization whose changes it is sent. */
record Webhooks(String id, String secret, String organizationId, String organizationCode) {

    /** Creates an organization, and registers (as {@code caller}) a webhook for its events (of these types; none: all) at {@code url}. */
    static Webhooks forNewOrganization(RequestSpecification caller, String url, String... eventTypes) {
        String code = uniqueCode("wh");
        String organizationId = asAdmin().body(Map.of("code", code, "type", "other", "names", Map.of("en", "Org " + code)))
                .post("/v1/organizations").then().statusCode(201).extract().path("id");
        Response registered = caller.body(WebhookBody.webhook(url).subjects(organizationId).eventTypes(eventTypes).build()).post("/v1/webhooks");
        registered.then().statusCode(201);
        return new Webhooks(registered.path("webhook.id"), registered.path("secret"), organizationId, code);
    }

    /** Changes the organization: one {@code organization.updated} event; returns the website it now has. */
    String changeOrganization() {
        String website = "https://" + uniqueCode("site") + ".example.org";
        asAdmin().contentType("application/merge-patch+json").body(Map.of("website", website))
                .patch("/v1/organizations/" + organizationCode).then().statusCode(200);
        return website;
    }

    /** A received request carrying the update that set {@code website}. */
    static Predicate<WebhookReceiver.Received> updateTo(String website) {
        return r -> r.type().equals("org.oas.migration.organization.updated") && website.equals(r.event().path("data").path("website").asText());
    }

    /** The delivery log's first page as the admin sees it, once it holds an entry matching {@code which}. */
    List<Map<String, Object>> awaitLog(Predicate<Map<String, Object>> which) {
        await().atMost(Duration.ofSeconds(20)).until(() -> log().stream().anyMatch(which));
        return log();
    }

    List<Map<String, Object>> log() {
        return asAdmin().get("/v1/webhooks/" + id + "/deliveries").then().statusCode(200).extract().path("items");
    }
}
