package org.oas.migration.programs.imports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oas.migration.platform.testing.Tokens;

/** GET /v1/imports: a partner's own imports (admins: all), newest first, keyset-paged. */
@QuarkusTest
class ImportListTest {

    private static final String PROBLEM = "application/problem+json";

    /** A partner organization of its own per test, so its list holds exactly what the test imported. */
    private static String organization() {
        return "lister-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", Tokens.bearer(token));
    }

    /** A dry-run import of one line (rejected: the organization is not in the registry); the import is recorded all the same. */
    private static Response importAs(String organization) {
        Response created = as(Tokens.partner(organization)).contentType("application/x-ndjson")
                .body(ImportApiTest.utf8("{\"externalId\":\"list-1\",\"reportingOrganization\":\"" + organization + "\"}\n"))
                .post("/v1/imports?dryRun=true");
        created.then().statusCode(201);
        return created;
    }

    private static List<String> ids(Response... imports) {
        return java.util.Arrays.stream(imports).map(r -> r.<String>path("id")).toList();
    }

    @Test
    void aPartnerSeesOnlyItsOwnImportsNewestFirstAsTheImportShowsThem() {
        String mine = organization();
        String theirs = organization();
        Response first = importAs(mine);
        Response other = importAs(theirs);
        Response second = importAs(mine);

        Response list = as(Tokens.partner(mine)).get("/v1/imports");
        list.then().statusCode(200)
                .body("items.id", equalTo(ids(second, first)))
                .body("items.organization", everyItem(equalTo(mine)))
                .body("nextCursor", nullValue())
                .body("items[0]", not(hasKey("lines")))
                .body("items[0].linesHref", equalTo("/v1/imports/" + second.path("id") + "/lines"))
                .body("items[0].status", equalTo("completed"))
                .body("items[0].dryRun", equalTo(true))
                .body("items[0].counts.rejected", equalTo(1))
                .body("items[0].createdAt", equalTo(second.path("createdAt")));
        as(Tokens.partner(theirs)).get("/v1/imports").then().statusCode(200).body("items.id", equalTo(ids(other)));
    }

    @Test
    void aCursorPagesToTheEnd() {
        String mine = organization();
        Response a = importAs(mine);
        Response b = importAs(mine);
        Response c = importAs(mine);

        Response page = as(Tokens.partner(mine)).queryParam("limit", 2).get("/v1/imports");
        page.then().statusCode(200).body("items.id", equalTo(ids(c, b))).body("nextCursor", notNullValue())
                .header("Link", containsString("rel=\"next\""));
        as(Tokens.partner(mine)).queryParam("limit", 2).queryParam("cursor", page.<String>path("nextCursor")).get("/v1/imports")
                .then().statusCode(200).body("items.id", equalTo(ids(a))).body("nextCursor", nullValue())
                .header("Link", nullValue());
    }

    @Test
    void anAdminSeesEveryImportOrOneOrganizations() {
        String one = organization();
        String another = organization();
        Response first = importAs(one);
        Response second = importAs(another);

        as(Tokens.admin()).queryParam("limit", 200).get("/v1/imports").then().statusCode(200)
                .body("items.id", hasItems(second.<String>path("id"), first.<String>path("id")));
        as(Tokens.admin()).queryParam("organization", one).get("/v1/imports").then().statusCode(200)
                .body("items.id", equalTo(ids(first)));
    }

    @Test
    void updatedSinceKeepsTheImportsThatChangedSince() {
        String mine = organization();
        importAs(mine);
        Response later = importAs(mine);

        as(Tokens.partner(mine)).queryParam("updatedSince", later.<String>path("createdAt")).get("/v1/imports").then()
                .statusCode(200).body("items.id", equalTo(ids(later)));
        as(Tokens.partner(mine)).queryParam("updatedSince", "yesterday").get("/v1/imports").then().statusCode(400)
                .contentType(PROBLEM).body("errors[0].field", equalTo("updatedSince"));
    }

    @Test
    void aPartnerMayNotListAnotherOrganizationsImports() {
        as(Tokens.partner(organization())).queryParam("organization", organization()).get("/v1/imports").then()
                .statusCode(403).contentType(PROBLEM).body("type", endsWith("/forbidden"));
    }

    @Test
    void theListIsDescribedInTheOpenApiDocument() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/v1/imports'.get.operationId", equalTo("listImports"))
                .body("paths.'/v1/imports'.get.parameters.name", hasItems("organization", "updatedSince", "limit", "cursor"))
                .body("paths.'/v1/imports'.get.responses.'200'.content.'application/json'.schema.'$ref'", endsWith("/ImportPage"));
    }

    @Test
    void anAnonymousCallerIsRefused() {
        given().get("/v1/imports").then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", "Bearer").body("type", endsWith("/unauthorized"));
    }
}
