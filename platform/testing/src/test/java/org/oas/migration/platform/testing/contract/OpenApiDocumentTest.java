package org.oas.migration.platform.testing.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenApiDocumentTest {

    private static final String DOCUMENT = """
            {"openapi": "3.1.0", "paths": {
              "/v1/things": {"get": {"responses": {
                "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/ThingPage"}}}},
                "400": {"$ref": "#/components/responses/Problem"}}}},
              "/v1/things/{id}": {"get": {"responses": {"200": {"content": {"application/json": {"schema": {"type": "object"}}}}}}},
              "/v1/things/lookup": {"get": {"responses": {"404": {"$ref": "#/components/responses/Problem"}}}}},
             "components": {
              "schemas": {
                "ThingPage": {"type": "object", "required": ["items"], "properties": {
                  "items": {"type": "array"}, "nextCursor": {"type": "string"}}},
                "Problem": {"type": "object", "required": ["status"], "properties": {"status": {"type": "integer"}}}},
              "responses": {"Problem": {"description": "a problem",
                "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}}
            """;

    private final OpenApiDocument document = parse();

    @Test
    void aBodyMatchingItsSchemaPasses() {
        assertEquals(List.of(), check("GET", "/v1/things", 200, "application/json", "{\"items\": [], \"nextCursor\": \"abc\"}"));
    }

    @Test
    void aNullWhereTheSchemaSaysStringIsAViolation() {
        List<String> violations = check("GET", "/v1/things", 200, "application/json", "{\"items\": [], \"nextCursor\": null}");
        assertEquals(1, violations.size());
        assertTrue(violations.get(0).contains("nextCursor"), violations.get(0));
    }

    @Test
    void anUndeclaredStatusIsAViolation() {
        List<String> violations = check("GET", "/v1/things", 409, "application/problem+json", "{\"status\": 409}");
        assertTrue(violations.get(0).contains("status not declared"), violations.get(0));
    }

    @Test
    void aReferencedResponseIsReadWhereItIsDefined() {
        assertEquals(List.of(), check("GET", "/v1/things", 400, "application/problem+json", "{\"status\": 400}"));
        assertEquals(1, check("GET", "/v1/things", 400, "application/problem+json", "{\"status\": \"bad\"}").size());
    }

    @Test
    void anUndeclaredMediaTypeIsAViolation() {
        List<String> violations = check("GET", "/v1/things", 200, "text/csv", null);
        assertTrue(violations.get(0).contains("media type text/csv not declared"), violations.get(0));
    }

    @Test
    void aLiteralSegmentWinsOverATemplatedOne() {
        assertEquals("/v1/things/lookup", document.operation("GET", "/v1/things/lookup").orElseThrow().template());
        assertEquals("/v1/things/{id}", document.operation("GET", "/v1/things/42").orElseThrow().template());
        assertTrue(document.operation("DELETE", "/v1/things/42").isEmpty());
    }

    private List<String> check(String method, String path, int status, String contentType, String body) {
        OpenApiDocument.Operation operation = document.operation(method, path).orElseThrow();
        return document.violations(operation, status, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    private static OpenApiDocument parse() {
        try {
            return OpenApiDocument.parse(DOCUMENT.getBytes(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
