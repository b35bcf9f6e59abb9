package org.oas.migration.organizations;

import static io.restassured.RestAssured.given;
import static org.oas.migration.platform.testing.EntityTagMatchers.atVersion;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.oas.migration.organizations.Fixtures.asAdmin;
import static org.oas.migration.organizations.Fixtures.create;
import static org.oas.migration.organizations.Fixtures.uniqueCode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganizationApiTest {

    @Test
    void createThenReadByIdAndByCodeWithEtag() {
        String code = uniqueCode("iom");
        Response created = asAdmin().body("{\"code\":\"" + code + "\",\"type\":\"international-organization\","
                        + "\"names\":{\"en\":\"International Organization for Migration\",\"es\":\"Organización Internacional para las Migraciones\"},"
                        + "\"acronyms\":{\"en\":\"IOM\",\"es\":\"OIM\"},\"website\":\"https://www.iom.int\","
                        + "\"identifiers\":[{\"scheme\":\"iati-org-id\",\"value\":\"XM-DAC-" + code + "\"}]}")
                .post("/v1/organizations");
        created.then().statusCode(201)
                .header("Location", containsString("/v1/organizations/"))
                .header("ETag", atVersion(0))
                .body("code", equalTo(code))
                .body("type", equalTo("international-organization"))
                .body("acronyms.es", equalTo("OIM"))
                .body("version", equalTo(0))
                .body("createdAt", notNullValue());
        String id = created.path("id");
        assertEquals('7', id.charAt(14), "ids are UUID v7");

        given().get("/v1/organizations/" + code).then().statusCode(200).body("id", equalTo(id))
                .body("names.es", equalTo("Organización Internacional para las Migraciones"));
        String etag = given().get("/v1/organizations/" + id).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get("/v1/organizations/" + id).then().statusCode(304);
    }

    @Test
    void putUpsertsByCodeAndSameBodyChangesNothing() {
        String code = uniqueCode("eclac");
        String body = Fixtures.organization(code, "un-entity", "Economic Commission for Latin America and the Caribbean",
                "Comisión Económica para América Latina y el Caribe", null);
        asAdmin().body(body).put("/v1/organizations/" + code).then().statusCode(201).body("version", equalTo(0));
        asAdmin().body(body).put("/v1/organizations/" + code).then().statusCode(200).body("version", equalTo(0));
        asAdmin().body(body.replace("Caribbean", "Caribbean (ECLAC)")).put("/v1/organizations/" + code)
                .then().statusCode(200).body("version", equalTo(1))
                .body("names.en", equalTo("Economic Commission for Latin America and the Caribbean (ECLAC)"));
    }

    @Test
    void staleIfMatchIsRefusedAndNothingChanges() {
        String code = uniqueCode("cicte");
        create(code, "oas-secretariat", "CICTE Secretariat", "Secretaría del CICTE", null);
        asAdmin().header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body("{\"website\":\"https://www.oas.org/cicte\"}").patch("/v1/organizations/" + code)
                .then().statusCode(200).body("version", equalTo(1)).body("website", equalTo("https://www.oas.org/cicte"));
        asAdmin().header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body("{\"website\":\"https://example.org\"}").patch("/v1/organizations/" + code)
                .then().statusCode(412).contentType("application/problem+json")
                .body("type", endsWith("/precondition-failed"));
        given().get("/v1/organizations/" + code).then().body("website", equalTo("https://www.oas.org/cicte"));
    }

    @Test
    void mergePatchRemovesWithNullAndValidatesTheResult() {
        String code = uniqueCode("sedi");
        asAdmin().body("{\"code\":\"" + code + "\",\"type\":\"oas-secretariat\",\"names\":{\"en\":\"SEDI\"},\"acronyms\":{\"en\":\"SEDI\"}}")
                .post("/v1/organizations").then().statusCode(201);
        asAdmin().contentType("application/merge-patch+json").body("{\"acronyms\":null,\"names\":{\"es\":\"SEDI (es)\"}}")
                .patch("/v1/organizations/" + code).then().statusCode(200)
                .body("acronyms", nullValue()).body("names.en", equalTo("SEDI")).body("names.es", equalTo("SEDI (es)"));
        asAdmin().contentType("application/merge-patch+json").body("{\"names\":{\"xx\":\"nope\"}}")
                .patch("/v1/organizations/" + code).then().statusCode(400).body("errors.field", hasItem("names"));
    }

    @Test
    void hierarchyAncestorsSubtreeAndCycles() {
        String root = uniqueCode("oas");
        String gs = uniqueCode("gs");
        String dept = uniqueCode("dsdl");
        create(root, "international-organization", "Organization of American States", "Organización de los Estados Americanos", null);
        create(gs, "oas-secretariat", "General Secretariat", "Secretaría General", root);
        create(dept, "oas-department", "Department of Social Development and Employment", "Departamento de Desarrollo Social y Empleo", gs);

        given().get("/v1/organizations/" + dept + "/ancestors").then().statusCode(200)
                .body("items.code", equalTo(List.of(gs, root))).body("items[0].parentCode", equalTo(root));
        given().queryParam("within", root).get("/v1/organizations").then().statusCode(200)
                .body("items.code", equalTo(List.of(dept, gs)));
        given().queryParam("parent", gs).get("/v1/organizations").then().body("items.code", equalTo(List.of(dept)));

        asAdmin().contentType("application/merge-patch+json").body("{\"parentCode\":\"" + dept + "\"}")
                .patch("/v1/organizations/" + root).then().statusCode(400)
                .body("errors[0].field", equalTo("parentCode"));
        asAdmin().delete("/v1/organizations/" + gs).then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void softDeleteAnswersGoneAndMergeRedirects() {
        String old = uniqueCode("dec");
        String survivor = uniqueCode("dhdec");
        create(old, "oas-department", "Department of Education and Culture", "Departamento de Educación y Cultura", null);
        create(survivor, "oas-department", "Department of Human Development, Education and Culture", "Departamento de Desarrollo Humano", null);
        String survivorId = given().get("/v1/organizations/" + survivor).path("id");

        asAdmin().body("{\"into\":\"" + survivor + "\"}").post("/v1/organizations/" + old + "/merge")
                .then().statusCode(200).body("code", equalTo(survivor));
        given().redirects().follow(false).get("/v1/organizations/" + old).then().statusCode(308)
                .header("Location", endsWith("/v1/organizations/" + survivorId));

        asAdmin().delete("/v1/organizations/" + survivor).then().statusCode(204);
        given().get("/v1/organizations/" + survivor).then().statusCode(410).contentType("application/problem+json")
                .body("status", equalTo(410));
        given().queryParam("code", survivor).get("/v1/organizations").then().body("items", hasSize(0));
    }

    @Test
    void keysetPagesCoverEverythingOnceWithLinkHeaders() {
        String parent = uniqueCode("paging");
        create(parent, "other", "Paging root", "Raíz", null);
        for (int i = 0; i < 7; i++) {
            create(uniqueCode("child" + i), "other", "Child " + (char) ('A' + i), "Hijo " + i, parent);
        }
        Set<String> seen = new HashSet<>();
        List<String> names = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("parent", parent).queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/v1/organizations");
            page.then().statusCode(200);
            List<String> ids = page.path("items.id");
            ids.forEach(id -> assertEquals(true, seen.add(id), "no item twice"));
            names.addAll(page.path("items.names.en"));
            cursor = page.path("nextCursor");
            if (cursor != null) {
                page.then().header("Link", containsString("rel=\"next\""));
            } else {
                page.then().header("Link", nullValue());
            }
            pages++;
        } while (cursor != null);
        assertEquals(7, seen.size());
        assertEquals(3, pages);
        assertEquals(names.stream().sorted().toList(), names, "sorted by English name");
    }

    @Test
    void filtersByTypeCountryIdentifierAndFullTextInBothLanguages() {
        String rcm = uniqueCode("rcm");
        asAdmin().body("{\"code\":\"" + rcm + "\",\"type\":\"regional-consultative-process\","
                        + "\"names\":{\"en\":\"Regional Conference on Migration\",\"es\":\"Conferencia Regional sobre Migración\"},"
                        + "\"acronyms\":{\"en\":\"RCM\",\"es\":\"CRM\"},"
                        + "\"identifiers\":[{\"scheme\":\"test-scheme\",\"value\":\"" + rcm + "\"}],"
                        + "\"memberCountries\":[{\"country\":\"BZ\",\"startDate\":\"1996-03-13\"},{\"country\":\"MX\"}]}")
                .post("/v1/organizations").then().statusCode(201).body("memberCountries[0].startDate", equalTo("1996-03-13"));

        given().queryParam("type", "regional-consultative-process").queryParam("country", "BZ").get("/v1/organizations")
                .then().statusCode(200).body("items.code", hasItem(rcm)).body("items.type", everyItem(is("regional-consultative-process")));
        Response byIdentifier = given().queryParam("identifier", "test-scheme:" + rcm).get("/v1/organizations");
        byIdentifier.then().body("items.code", equalTo(List.of(rcm)));
        assertEquals(given().get("/v1/organizations/" + rcm).jsonPath().getMap("$"), byIdentifier.jsonPath().getMap("items[0]"),
                "a list item is the resource's own representation");
        given().queryParam("q", "conferencias migraciones").queryParam("lang", "es").get("/v1/organizations").then()
                .statusCode(200).body("items.code", hasItem(rcm));
        given().queryParam("q", "conferences").header("Accept-Language", "en").get("/v1/organizations").then()
                .body("items.code", hasItem(rcm));
        given().queryParam("q", "CRM").get("/v1/organizations").then().body("items.code", hasItem(rcm));
        given().queryParam("q", "zzzunlikelyword").get("/v1/organizations").then().body("items", hasSize(0));
    }

    @Test
    void idempotencyKeyReplaysTheFirstResult() {
        String code = uniqueCode("unhcr");
        String body = Fixtures.organization(code, "un-entity", "UNHCR", "ACNUR", null);
        Response first = asAdmin().header("Idempotency-Key", "k-" + code).body(body).post("/v1/organizations");
        first.then().statusCode(201);
        asAdmin().header("Idempotency-Key", "k-" + code).body(body).post("/v1/organizations").then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", equalTo(first.header("Location")))
                .body("id", equalTo(first.path("id")));
        asAdmin().header("Idempotency-Key", "k-" + code).body(body.replace("ACNUR", "Otro")).post("/v1/organizations")
                .then().statusCode(422).contentType("application/problem+json");
        asAdmin().body(body).post("/v1/organizations").then().statusCode(409).body("type", endsWith("/conflict"));
    }

    @Test
    void identifierBelongsToOneOrganizationOnly() {
        String a = uniqueCode("ida");
        String b = uniqueCode("idb");
        String identifier = ",\"identifiers\":[{\"scheme\":\"iati-org-id\",\"value\":\"XX-" + a + "\"}]}";
        asAdmin().body(Fixtures.organization(a, "other", "A", "A", null).replace("}}", "}" + identifier.substring(0, identifier.length() - 1) + "}"))
                .post("/v1/organizations").then().statusCode(201);
        asAdmin().body(Fixtures.organization(b, "other", "B", "B", null).replace("}}", "}" + identifier.substring(0, identifier.length() - 1) + "}"))
                .post("/v1/organizations").then().statusCode(409).body("detail", containsString(a));
        given().get("/v1/organizations/" + b).then().statusCode(404);
        assertNotEquals(a, b);
    }

    @Test
    void aDeletedOrganizationsCodeIsNotGivenToANewOne() {
        String code = uniqueCode("retired");
        create(code, "other", "Retired", "Retirada", null);
        asAdmin().delete("/v1/organizations/" + code).then().statusCode(204);

        asAdmin().body(Fixtures.organization(code, "other", "Newcomer", "Recién llegada", null)).post("/v1/organizations")
                .then().statusCode(409).contentType("application/problem+json").body("type", endsWith("/conflict"))
                .body("detail", containsString("codes are not reused"));
        given().get("/v1/organizations/" + code).then().statusCode(410);
    }

    @Test
    void listDoesNotLeakDeletedOrganizations() {
        String code = uniqueCode("gone");
        create(code, "other", "Gone", "Ido", null);
        asAdmin().delete("/v1/organizations/" + code).then().statusCode(204);
        given().queryParam("q", code).get("/v1/organizations").then().body("items.code", not(hasItem(code)));
    }
}
