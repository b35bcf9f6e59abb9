package org.oas.migration.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import org.oas.migration.gateway.openapi.MergedOpenApi;
import io.smallrye.openapi.api.OpenApiConfig;
import io.smallrye.openapi.runtime.io.Format;
import io.smallrye.openapi.runtime.io.OpenApiParser;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    @Inject
    MergedOpenApi document;

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    @Test
    void everyOperationOfEveryServiceIsInOneDocument() throws Exception {
        JsonNode merged = merged();
        Set<String> expected = new TreeSet<>();
        for (String service : List.of("organizations", "meetings", "programs")) {
            expected.addAll(operations(JSON.readTree(StubService.resource("/stubs/" + service + "-openapi.json"))));
        }
        expected.addAll(List.of("get /v1/changes", "get /v1/changes/stream", "get /v1/search"));
        assertEquals(expected, new TreeSet<>(operations(merged)));
    }

    @Test
    void oneServerOneWayToAuthenticateNoCollisions() throws Exception {
        JsonNode merged = merged();
        assertEquals(1, merged.get("servers").size());
        assertEquals("https://api.test.oas.local", merged.at("/servers/0/url").asText());

        assertEquals(List.of("bearerJwt", "partnerClientCredentials"), names(merged.at("/components/securitySchemes")));
        assertEquals("/oauth/token", merged.at("/components/securitySchemes/partnerClientCredentials/flows/clientCredentials/tokenUrl").asText());
        // Protected operations ask for the gateway's scheme whatever the service called its own; public ones stay public.
        assertEquals("bearerJwt", names(merged.at("/paths/~1v1~1organizations/post/security/0")).get(0));
        assertEquals("bearerJwt", names(merged.at("/paths/~1v1~1meetings/post/security/0")).get(0));
        assertEquals("bearerJwt", names(merged.at("/paths/~1v1~1imports/post/security/0")).get(0), "global security of programs applied");
        // Public ones say so with the one empty requirement ({}: no credentials needed).
        assertEquals(1, merged.at("/paths/~1v1~1activities/get/security").size());
        assertEquals(0, merged.at("/paths/~1v1~1activities/get/security/0").size());

        List<String> operationIds = new ArrayList<>();
        merged.get("paths").forEach(item -> item.fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey())) {
                operationIds.add(op.getValue().get("operationId").asText());
            }
        }));
        assertEquals(operationIds.size(), new HashSet<>(operationIds).size(), "operationIds unique: " + operationIds);
        // Services in name order: meetings keeps `list`, organizations' is renamed after its context.
        assertEquals("list", merged.at("/paths/~1v1~1resolutions/get/operationId").asText());
        assertEquals("organizationsList", merged.at("/paths/~1v1~1organizations/get/operationId").asText());

        // `Ref` differs between services: renamed, references followed; the identical `Problem` stays one schema.
        JsonNode schemas = merged.at("/components/schemas");
        assertEquals("id", schemas.at("/Ref/properties").fieldNames().next());
        assertEquals("code", schemas.at("/OrganizationsRef/properties").fieldNames().next());
        assertEquals("#/components/schemas/OrganizationsRef", schemas.at("/Organization/properties/parent/$ref").asText());
        assertEquals("#/components/schemas/Ref", schemas.at("/Meeting/properties/ref/$ref").asText());
        assertFalse(schemas.has("OrganizationsProblem") || schemas.has("MeetingsProblem") || schemas.has("ProgramsProblem"));
        assertDanglingFree(merged, merged);
    }

    @Test
    void examplesErrorResponsesAndTagsAreKept() throws Exception {
        JsonNode merged = merged();
        assertEquals("iom", merged.at("/paths/~1v1~1organizations~1{id}/get/responses/200/content/application~1json/example/code").asText());
        assertEquals("#/components/schemas/Problem",
                merged.at("/paths/~1v1~1meetings~1{id}/get/responses/404/content/application~1problem+json/schema/$ref").asText());
        assertEquals(404, merged.at("/paths/~1v1~1meetings~1{id}/get/responses/404/content/application~1problem+json/example/status").asInt());
        List<String> tags = new ArrayList<>();
        merged.get("tags").forEach(tag -> tags.add(tag.get("name").asText()));
        assertTrue(tags.containsAll(List.of("Meetings", "Resolutions", "Organizations", "Activities", "Changes", "Search")), tags.toString());
        for (JsonNode tag : merged.get("tags")) {
            if (tag.get("name").asText().equals("Meetings")) {
                assertTrue(tag.get("description").asText().startsWith("Meetings context"), tag.toString());
                assertTrue(tag.get("description").asText().endsWith("Sessions of OAS bodies"), tag.toString());
            }
        }
    }

    @Test
    void theDocumentParsesBackAsOpenApiInJsonAndYaml() throws Exception {
        String json = given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .contentType("application/json").extract().asString();
        String yaml = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200)
                .contentType("application/yaml").extract().asString();
        OpenApiConfig config = OpenApiConfig.fromConfig(ConfigProvider.getConfig());
        OpenAPI fromJson = OpenApiParser.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), Format.JSON, config);
        OpenAPI fromYaml = OpenApiParser.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), Format.YAML, config);
        assertNotNull(fromJson.getPaths().getPathItem("/v1/organizations"));
        assertEquals(fromJson.getPaths().getPathItems().keySet(), fromYaml.getPaths().getPathItems().keySet());
        assertEquals(JSON.readTree(json), new YAMLMapper().readTree(yaml));
        assertTrue(fromJson.getOpenapi().startsWith("3."));
    }

    @Test
    void aServiceDownKeepsItsLastGoodDocument() throws Exception {
        merged();
        StubService programs = GatewayTestResource.stub("programs");
        programs.stop();
        try {
            // What the schedule does: fetch again while programs is down.
            MergedOpenApi.Rendered rendered = document.refresh().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            assertTrue(rendered.missing().isEmpty(), rendered.missing().toString());
            assertTrue(merged().at("/paths").has("/v1/activities"));
        } finally {
            programs.start();
        }
    }

    @Test
    void theConsoleUsesTheMergedDocument() {
        given().get("/q/swagger-ui/").then().statusCode(200);
        String config = given().get("/q/swagger-ui/index.html").then().statusCode(200).extract().asString();
        assertTrue(config.contains("/q/openapi"), "swagger-ui points at the merged document");
    }

    @Test
    void everyOperationDeclaresTheGatewaysRateLimitHeadersAnd429() throws Exception {
        JsonNode merged = merged();
        JsonNode read = merged.at("/paths/~1v1~1meetings~1{id}/get/responses");
        assertEquals("#/components/headers/RateLimit-Remaining", read.at("/200/headers/RateLimit-Remaining/$ref").asText());
        assertEquals("#/components/headers/RateLimit-Reset", read.at("/404/headers/RateLimit-Reset/$ref").asText());
        assertEquals("#/components/responses/TooManyRequests", read.at("/429/$ref").asText());
        assertEquals("#/components/schemas/Problem",
                merged.at("/components/responses/TooManyRequests/content/application~1problem+json/schema/$ref").asText());
        assertTrue(merged.at("/components/responses/TooManyRequests/headers/Retry-After").isObject());
    }

    @Test
    void theMergedDocumentIsGzippedForAClientThatAcceptsIt() throws Exception {
        GzipReads.Answer answer = GzipReads.get("/q/openapi");
        assertEquals(200, answer.status());
        assertEquals("gzip", answer.contentEncoding());
        assertEquals(merged(), JSON.readTree(answer.body()));
    }

    @Test
    void anOptionalFiltersExampleIsInItsDescriptionNotFilledInByTheConsole() throws Exception {
        JsonNode code = merged().at("/paths/~1v1~1organizations/get/parameters/0");
        assertEquals("code", code.path("name").asText());
        assertFalse(code.has("example"), code.toString());
        assertEquals("Exact code. Example: `iom`.", code.path("description").asText());
    }

    @Test
    void aParameterExampleNamedByALookupIsWhatTheServiceAnswers() throws Exception {
        // The stub echoes the request: the lookup's pointer (/query) finds the query it was sent.
        JsonNode id = merged().at("/paths/~1v1~1organizations~1{id}/get/parameters/0");
        assertEquals("code=iom", id.path("example").asText(), id.toString());
        assertFalse(id.has("x-example-lookup"), "the lookup is the gateway's to resolve, not the reader's");
    }

    @Test
    void everyErrorResponseHasAnExampleWithItsOwnStatus() throws Exception {
        JsonNode merged = merged();
        List<String> failures = new ArrayList<>();
        merged.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!METHODS.contains(op.getKey())) {
                return;
            }
            op.getValue().path("responses").fields().forEachRemaining(response -> {
                if (!response.getKey().matches("[45]\\d\\d")) {
                    return;
                }
                JsonNode declared = response.getValue().has("$ref")
                        ? merged.at(response.getValue().get("$ref").asText().substring(1)) : response.getValue();
                JsonNode media = declared.at("/content/application~1problem+json");
                JsonNode example = media.has("example") ? media.get("example") : media.path("examples").elements().hasNext()
                        ? media.get("examples").elements().next().path("value") : JSON.missingNode();
                if (!response.getKey().equals(example.path("status").asText())) {
                    failures.add(op.getKey() + " " + path.getKey() + " " + response.getKey() + ": " + example);
                }
            });
        }));
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        // A service's own example is kept.
        assertEquals("Not Found", merged.at("/paths/~1v1~1organizations~1{id}/get/responses/404/content/application~1problem+json/example/title").asText());
    }

    private static JsonNode merged() throws Exception {
        return JSON.readTree(given().get("/q/openapi").then().statusCode(200).extract().asString());
    }

    private static List<String> operations(JsonNode document) {
        List<String> operations = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (METHODS.contains(method)) {
                operations.add(method + " " + path.getKey());
            }
        }));
        return operations;
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Every local $ref points at something that exists. */
    static void assertDanglingFree(JsonNode root, JsonNode node) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.asText().startsWith("#/")) {
                assertFalse(root.at(ref.asText().substring(1)).isMissingNode(), "dangling " + ref.asText());
            }
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                assertDanglingFree(root, it.next());
            }
        } else if (node.isArray()) {
            node.forEach(child -> assertDanglingFree(root, child));
        }
    }
}
