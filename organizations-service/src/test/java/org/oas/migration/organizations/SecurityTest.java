package org.oas.migration.organizations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.oas.migration.organizations.Fixtures.asPartner;
import static org.oas.migration.organizations.Fixtures.create;
import static org.oas.migration.organizations.Fixtures.uniqueCode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.oas.migration.platform.testing.Tokens;

/** Reads are public; every kind of bad token is refused with 401, and partners write only their own record. */
@QuarkusTest
class SecurityTest {

    private static void refused(String authorization, String code) {
        var request = given().contentType(ContentType.JSON);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        request.body(Fixtures.organization(code, "other", "Refused", "Rechazado", null)).post("/v1/organizations")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer").body("type", endsWith("/unauthorized"));
        given().get("/v1/organizations/" + code).then().statusCode(404);
    }

    @Test
    void readsArePublic() {
        given().get("/v1/organizations").then().statusCode(200);
        given().get("/v1/countries/MX").then().statusCode(200);
    }

    @Test
    void noToken() {
        refused(null, uniqueCode("anon"));
    }

    @Test
    void forgedSignature() {
        refused(Tokens.bearer(Tokens.forged()), uniqueCode("forged"));
    }

    @Test
    void expiredToken() {
        refused(Tokens.bearer(Tokens.expired()), uniqueCode("expired"));
    }

    @Test
    void unsignedAlgNone() {
        refused(Tokens.bearer(Tokens.unsigned()), uniqueCode("none"));
    }

    @Test
    void garbageToken() {
        refused("Bearer not.a.jwt", uniqueCode("garbage"));
    }

    @Test
    void partnerMayNotCreateOrganizations() {
        String code = uniqueCode("p-create");
        asPartner("iom").body(Fixtures.organization(code, "other", "X", "X", null)).post("/v1/organizations")
                .then().statusCode(403).contentType("application/problem+json");
        given().get("/v1/organizations/" + code).then().statusCode(404);
    }

    @Test
    void partnerWritesOnlyItsOwnOrganization() {
        String own = uniqueCode("own");
        String other = uniqueCode("other");
        create(own, "international-organization", "Own", "Propia", null);
        create(other, "international-organization", "Other", "Otra", null);

        asPartner(own).contentType("application/merge-patch+json").body("{\"website\":\"https://own.example.org\"}")
                .patch("/v1/organizations/" + own).then().statusCode(200).body("website", equalTo("https://own.example.org"));
        asPartner(own).contentType("application/merge-patch+json").body("{\"website\":\"https://hijack.example.org\"}")
                .patch("/v1/organizations/" + other).then().statusCode(403).contentType("application/problem+json");
        asPartner(own).contentType("application/merge-patch+json").body("{\"type\":\"un-entity\"}")
                .patch("/v1/organizations/" + own).then().statusCode(403);
        asPartner(own).delete("/v1/organizations/" + own).then().statusCode(403);
        given().get("/v1/organizations/" + other).then().body("website", equalTo(null)).body("version", equalTo(0));
        given().get("/v1/organizations/" + own).then().body("type", equalTo("international-organization"));
    }

    @Test
    void partnerClientsAreAdminOnly() {
        asPartner("iom").get("/v1/partner-clients").then().statusCode(403).contentType("application/problem+json");
        given().get("/v1/partner-clients").then().statusCode(401).contentType("application/problem+json");
    }
}
