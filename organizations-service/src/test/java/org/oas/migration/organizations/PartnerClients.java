package org.oas.migration.organizations;

import static io.restassured.RestAssured.given;
import static org.oas.migration.organizations.Fixtures.asAdmin;

import io.restassured.response.Response;
import java.util.Map;

/** A partner client registered for a test, and the token requests it makes. */
public record PartnerClients(String id, String clientId, String secret) {

    /** Registers a partner client for {@code organizationCode} as admin. */
    public static PartnerClients register(String organizationCode) {
        Response registered = asAdmin().body(Map.of("organizationCode", organizationCode, "name", "Feed of " + organizationCode,
                "role", "partner")).post("/v1/partner-clients");
        registered.then().statusCode(201);
        return new PartnerClients(registered.path("id"), registered.path("clientId"), registered.path("clientSecret"));
    }

    /** {@code POST /oauth/token} with the client's credentials in the form. */
    public Response requestToken() {
        return given().contentType("application/x-www-form-urlencoded").formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId).formParam("client_secret", secret).post("/oauth/token");
    }

    /** A token issued now; fails the test if the endpoint refuses. */
    public String token() {
        Response answer = requestToken();
        answer.then().statusCode(200);
        return answer.path("access_token");
    }
}
