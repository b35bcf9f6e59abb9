package org.oas.migration.organizations;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.oas.migration.platform.testing.Tokens;

/** Request builders shared by the tests; every test makes its own uniquely coded data. */
public final class Fixtures {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private Fixtures() {
    }

    public static String uniqueCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static RequestSpecification asAdmin() {
        return given().header("Authorization", Tokens.bearer(Tokens.admin())).contentType(ContentType.JSON);
    }

    public static RequestSpecification asPartner(String organizationCode) {
        return given().header("Authorization", Tokens.bearer(Tokens.partner(organizationCode))).contentType(ContentType.JSON);
    }

    public static String organization(String code, String type, String nameEn, String nameEs, String parentCode) {
        return "{\"code\":\"" + code + "\",\"type\":\"" + type + "\",\"names\":{\"en\":\"" + nameEn + "\",\"es\":\"" + nameEs + "\"}"
                + (parentCode == null ? "" : ",\"parentCode\":\"" + parentCode + "\"") + "}";
    }

    /** Creates an organization as admin and returns the created response for further checks. */
    public static ValidatableResponse create(String code, String type, String nameEn, String nameEs, String parentCode) {
        return asAdmin().body(organization(code, type, nameEn, nameEs, parentCode))
                .post("/v1/organizations").then().statusCode(201);
    }
}
