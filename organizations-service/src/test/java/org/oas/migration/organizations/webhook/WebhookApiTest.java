package org.oas.migration.organizations.webhook;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.startsWith;
import static org.oas.migration.organizations.Fixtures.asAdmin;
import static org.oas.migration.organizations.Fixtures.asPartner;
import static org.oas.migration.organizations.Fixtures.uniqueCode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Webhooks as a resource: who sees which, what a registration may name. */
@QuarkusTest
class WebhookApiTest {

    private static final String RECEIVER = "http://127.0.0.1:9/hooks";
    /** A filter no event matches: these webhooks are never delivered to. */
    private static final String NEVER = "org.oas.migration.test.never";

    private static Response register(RequestSpecification caller, WebhookBody body) {
        return caller.body(body.build()).post("/v1/webhooks");
    }

    @Test
    void aRegistrationAnswersTheSecretOnceAndTheOwner() {
        String org = uniqueCode("own");
        Response created = register(asPartner(org), WebhookBody.webhook(RECEIVER).organizations(org));
        created.then().statusCode(201).header("Location", endsWith("/v1/webhooks/" + created.path("webhook.id")))
                .body("secret", startsWith("whsec_")).body("webhook.ownerOrganization", equalTo(org))
                .body("webhook.enabled", equalTo(true)).body("webhook.filter.organizations", equalTo(List.of(org)));
        asPartner(org).get("/v1/webhooks/" + created.path("webhook.id")).then().statusCode(200)
                .body("$", not(hasKey("secret"))).body("url", equalTo(RECEIVER));
    }

    @Test
    void aPartnerCannotSeeOrChangeAnotherPartnersWebhook() {
        String owner = uniqueCode("own");
        String other = uniqueCode("other");
        String id = register(asPartner(owner), WebhookBody.webhook(RECEIVER).eventTypes(NEVER)).then().statusCode(201).extract().path("webhook.id");

        asPartner(other).get("/v1/webhooks/" + id).then().statusCode(404).contentType("application/problem+json");
        asPartner(other).contentType("application/merge-patch+json").body("{\"enabled\":false}").patch("/v1/webhooks/" + id)
                .then().statusCode(404);
        asPartner(other).delete("/v1/webhooks/" + id).then().statusCode(404);
        asPartner(other).get("/v1/webhooks?limit=200").then().statusCode(200).body("items.id", not(hasItem(id)));
        asPartner(owner).get("/v1/webhooks?limit=200").then().statusCode(200).body("items.id", hasItem(id));
        asAdmin().get("/v1/webhooks/" + id).then().statusCode(200).body("ownerOrganization", equalTo(owner));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://10.1.2.3/hooks", "http://192.168.0.10/hooks", "http://172.16.5.4/hooks",
            "http://169.254.169.254/latest/meta-data", "http://[fd00::1]/hooks", "http://[fe80::1]/hooks", "http://0.0.0.0/hooks",
            "http://100.64.0.1/hooks"})
    void aPrivateOrLinkLocalTargetIsRefusedNamingTheField(String url) {
        register(asAdmin(), WebhookBody.webhook(url)).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("url")).body("errors[0].message", containsString("resolves to"));
    }

    @Test
    void aUrlThatIsNotHttpsOrHasUserInfoIsRefused() {
        register(asAdmin(), WebhookBody.webhook("ftp://8.8.8.8/hooks")).then().statusCode(400).body("errors[0].field", equalTo("url"));
        register(asAdmin(), WebhookBody.webhook("https://user:pw@8.8.8.8/hooks")).then().statusCode(400).body("errors[0].field", equalTo("url"));
    }

    @Test
    void anUnknownContextIsRefusedNamingTheField() {
        register(asAdmin(), WebhookBody.webhook(RECEIVER).contexts("elections")).then().statusCode(400)
                .body("errors[0].field", equalTo("filter.contexts"));
    }

    @Test
    void webhooksNeedAToken() {
        RestAssured.given().get("/v1/webhooks").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void deletingAWebhookEndsIt() {
        String id = register(asAdmin(), WebhookBody.webhook(RECEIVER).eventTypes(NEVER)).then().statusCode(201).extract().path("webhook.id");
        asAdmin().delete("/v1/webhooks/" + id).then().statusCode(204);
        asAdmin().get("/v1/webhooks/" + id).then().statusCode(404);
    }
}
