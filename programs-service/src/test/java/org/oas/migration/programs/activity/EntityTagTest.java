package org.oas.migration.programs.activity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.oas.migration.platform.testing.EntityTagMatchers.atVersion;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oas.migration.platform.testing.Tokens;
import org.oas.migration.programs.Upstream;

/** The ETag follows the representation, including what other contexts own and the activity embeds. */
@QuarkusTest
class EntityTagTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void anActivityWhoseOrganizationWasRenamedIsModifiedForAnOldETag() {
        String code = "celade-" + RUN;
        UUID organization = Upstream.organization(code, "Latin American Demographic Centre", 0, null);
        String body = "{\"externalId\":\"etag-1\",\"reportingOrganization\":\"" + code + "\",\"title\":{\"en\":\"Census round\"},"
                + "\"status\":\"pipeline\"}";
        String id = given().header("Authorization", Tokens.bearer(Tokens.admin())).contentType(ContentType.JSON).body(body)
                .put("/v1/activities/by-external-id/etag-1").then().statusCode(201).extract().path("id");
        String before = given().get("/v1/activities/" + id).then().statusCode(200).extract().header("ETag");

        Upstream.organization(organization, code, "CELADE - Population Division of ECLAC", 1, null);

        given().header("If-None-Match", before).get("/v1/activities/" + id).then().statusCode(200)
                .header("ETag", atVersion(0)).header("ETag", not(equalTo(before)))
                .body("reportingOrganization.name.en", equalTo("CELADE - Population Division of ECLAC"));
    }
}
