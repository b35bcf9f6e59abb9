package org.oas.migration.programs.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oas.migration.platform.testing.Tokens;
import org.oas.migration.programs.Upstream;

/** The local copies of the registry and of meetings-service's resolutions and documents, fed by their events. */
@QuarkusTest
class DirectoryProjectionTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static RequestSpecification admin() {
        return given().header("Authorization", Tokens.bearer(Tokens.admin())).contentType(ContentType.JSON);
    }

    private static String activity(String externalId, String reporting, String participant) {
        return "{\"externalId\":\"" + externalId + "\",\"reportingOrganization\":\"" + reporting + "\",\"title\":{\"en\":\"Remittances "
                + "study\"},\"status\":\"pipeline\",\"participatingOrganizations\":[{\"organization\":\"" + participant + "\",\"role\":\"funding\"},"
                + "{\"organization\":\"" + reporting + "\",\"role\":\"implementing\"}]}";
    }

    @Test
    void anOrganizationRenamedUpstreamShowsItsNewNameEverywhere() {
        String eclac = "eclac-" + RUN;
        String idb = "idb-" + RUN;
        UUID eclacId = Upstream.organization(eclac, "Economic Commission for Latin America", 0, null);
        Upstream.organization(idb, "Inter-American Development Bank", 0, null);
        String id = admin().body(activity("rename-1", eclac, idb)).put("/v1/activities/by-external-id/rename-1").then().statusCode(201)
                .extract().path("id");
        String other = admin().body(activity("rename-2", idb, eclac)).put("/v1/activities/by-external-id/rename-2").then().statusCode(201)
                .extract().path("id");
        String program = "eclac-remittances-" + RUN;
        admin().body("{\"code\":\"" + program + "\",\"owner\":\"" + eclac + "\",\"title\":{\"en\":\"Remittances\"},\"status\":\"active\"}")
                .post("/v1/programs").then().statusCode(201);

        String renamed = "Economic Commission for Latin America and the Caribbean";
        Upstream.organization(eclacId, eclac, renamed, 1, null);

        given().get("/v1/activities/" + id).then().statusCode(200).body("reportingOrganization.name.en", equalTo(renamed))
                .body("participatingOrganizations[1].organization.name.en", equalTo(renamed))
                .body("participatingOrganizations[0].organization.name.en", equalTo("Inter-American Development Bank"))
                .body("participatingOrganizations.role", equalTo(List.of("funding", "implementing")))
                // The partner changed nothing: same version, no revision.
                .body("version", equalTo(0));
        given().get("/v1/activities/" + other).then().body("participatingOrganizations[0].organization.name.en", equalTo(renamed))
                .body("reportingOrganization.name.en", equalTo("Inter-American Development Bank"));
        given().queryParam("organization", eclac).get("/v1/activities").then()
                .body("items.reportingOrganization.name.en", hasItem(renamed));
        given().get("/v1/programs/" + program).then().body("owner.name.en", equalTo(renamed));
        given().get("/v1/activities/" + id + "/revisions").then().body("items.size()", equalTo(1));
    }

    @Test
    void anEventOlderThanWhatIsHeldChangesNothing() {
        String code = "oim-" + RUN;
        UUID id = Upstream.organization(code, "Organización Internacional para las Migraciones", 3, null);
        // A stale copy (version 2), then a marker with the same Kafka key: once the marker is applied, so was the stale one.
        Upstream.publishOrganization(id, id, code, "Old name", 2, null);
        UUID marker = UUID.randomUUID();
        Upstream.publishOrganization(id, marker, "marker-" + RUN, "Marker", 0, null);
        Upstream.awaitOrganization(marker, 0);

        admin().body(activity("stale-1", code, "marker-" + RUN)).put("/v1/activities/by-external-id/stale-1").then().statusCode(201)
                .body("reportingOrganization.name.en", equalTo("Organización Internacional para las Migraciones"));
    }

    @Test
    void aMergedOrganizationIsNoLongerWritableAndPointsToItsSuccessor() {
        String old = "sela-" + RUN;
        String successor = "sela-new-" + RUN;
        UUID oldId = Upstream.organization(old, "Latin American Economic System", 0, null);
        UUID successorId = Upstream.organization(successor, "Latin American and Caribbean Economic System", 0, null);
        admin().body(activity("merge-1", old, successor)).put("/v1/activities/by-external-id/merge-1").then().statusCode(201);

        Upstream.mergeOrganization(oldId, old, 1, successorId);

        admin().body(activity("merge-2", old, successor)).put("/v1/activities/by-external-id/merge-2").then().statusCode(400)
                .body("errors.field", hasItem("reportingOrganization"))
                .body("errors.find { it.field == 'reportingOrganization' }.message", containsString("merged into '" + successor + "'"));
        admin().body(activity("merge-3", successor, old)).put("/v1/activities/by-external-id/merge-3").then().statusCode(400)
                .body("errors.field", hasItem("participatingOrganizations[0].organization"));
    }

    @Test
    void symbolsMatchWhateverTheSpacingAndCaseAndAnswerCanonical() {
        String resolution = "AG/RES. " + (1000 + Math.abs(RUN.hashCode()) % 8000) + " (XXXVIII-O/08)";
        String document = "CP/doc. " + (1000 + Math.abs(RUN.hashCode()) % 8000) + "/07";
        List<UUID> ids = Upstream.resolution(resolution, "1", "5bis");
        UUID documentId = Upstream.document(document, "Draft work plan");
        String org = "ilo-" + RUN;
        Upstream.organization(org, "International Labour Organization", 0, null);

        String body = "{\"externalId\":\"sym-1\",\"reportingOrganization\":\"" + org + "\",\"title\":{\"en\":\"Labour migration\"},"
                + "\"status\":\"pipeline\",\"documents\":[{\"symbol\":\"" + document.toUpperCase().replace(" ", "  ") + "\"}],"
                + "\"mandates\":[{\"resolution\":\"" + resolution.toLowerCase().replace(" ", "") + "\",\"paragraph\":\"5bis\"},"
                + "{\"resolution\":\"" + resolution + "\"}]}";
        admin().body(body).put("/v1/activities/by-external-id/sym-1").then().statusCode(201)
                .body("documents[0].symbol", equalTo(document)).body("documents[0].id", equalTo(documentId.toString()))
                .body("documents[0].title.en", equalTo("Draft work plan"))
                .body("mandates[0].resolution", equalTo(resolution)).body("mandates[0].resolutionId", equalTo(ids.get(0).toString()))
                .body("mandates[0].paragraph", equalTo("5bis")).body("mandates[0].paragraphId", equalTo(ids.get(2).toString()))
                .body("mandates[1].paragraphId", equalTo(null));
        // Re-spelt references are the same references: the same body with canonical symbols is unchanged.
        admin().body(body.replace(document.toUpperCase().replace(" ", "  "), document)).put("/v1/activities/by-external-id/sym-1").then()
                .statusCode(200).body("version", equalTo(0));
        given().queryParam("mandate", ids.get(2).toString()).get("/v1/activities").then().body("items.externalId", equalTo(List.of("sym-1")));
    }
}
