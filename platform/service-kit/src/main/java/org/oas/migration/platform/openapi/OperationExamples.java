package org.oas.migration.platform.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Adds whole request and response examples to operations, by operationId, from the service's
 * {@code META-INF/openapi-examples.json}: {@code {"getOrganization": {"summary": "...", "parameters": {"idOrCode": "iom"},
 * "request": {...}, "responses": {"200": {...}}}}}. Services draw them from the seed data, so the console shows real
 * records. A parameter's example is the value the console fills in (so Execute works with it as it stands): a natural
 * key ({@code "iom"}), or, for a generated id, where to look it up: {@code {"lookup": "/v1/people?identifier=oas-seed:x",
 * "pointer": "/items/0/id"}}, carried as {@value #LOOKUP} for the gateway to resolve against the running service (ids
 * differ from one seeded stack to the next).
 */
final class OperationExamples {

    static final String RESOURCE = "META-INF/openapi-examples.json";
    /** {@code {"path": "/v1/...", "pointer": "/items/0/id"}}: the GET whose answer holds the example, and where in it. */
    static final String LOOKUP = "x-example-lookup";
    private static final String NAME = "seed";

    private OperationExamples() {
    }

    static void addTo(OpenAPI openAPI) {
        JsonNode examples = load();
        if (examples == null || openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        ObjectMapper json = new ObjectMapper();
        openAPI.getPaths().getPathItems().values().forEach(path -> path.getOperations().values().forEach(operation -> {
            JsonNode example = examples.get(operation.getOperationId());
            if (example != null) {
                apply(operation, example, json);
            }
        }));
    }

    private static void apply(Operation operation, JsonNode example, ObjectMapper json) {
        String summary = example.path("summary").asText("From the seed data");
        if (example.has("parameters") && operation.getParameters() != null) {
            operation.getParameters().forEach(parameter -> {
                JsonNode value = example.get("parameters").get(parameter.getName());
                if (value != null && value.has("lookup")) {
                    parameter.addExtension(LOOKUP, Map.of("path", value.get("lookup").asText(),
                            "pointer", value.path("pointer").asText("/id")));
                } else if (value != null) {
                    parameter.setExample(json.convertValue(value, Object.class));
                }
            });
        }
        if (example.hasNonNull("request") && operation.getRequestBody() != null) {
            addExample(operation.getRequestBody().getContent(), summary, json.convertValue(withoutNulls(example.get("request")), Object.class));
        }
        if (example.has("responses") && operation.getResponses() != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = example.get("responses").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> response = it.next();
                APIResponse declared = operation.getResponses().getAPIResponse(response.getKey());
                if (declared != null && !response.getValue().isNull()) {
                    addExample(declared.getContent(), summary, json.convertValue(withoutNulls(response.getValue()), Object.class));
                }
            }
        }
    }

    /** On every JSON media type of the content (application/json, application/merge-patch+json, ...). */
    private static void addExample(Content content, String summary, Object value) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        for (Map.Entry<String, MediaType> media : content.getMediaTypes().entrySet()) {
            if (media.getKey().contains("json") && !media.getKey().contains("problem")) {
                media.getValue().addExample(NAME, OASFactory.createExample().summary(summary).value(value));
            }
        }
    }

    /**
     * The example as the service writes it: answers leave null members out ({@code quarkus.jackson.serialization-inclusion}),
     * and in a create or replace an absent member means the same as a null one.
     */
    private static JsonNode withoutNulls(JsonNode node) {
        JsonNode copy = node.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node.isObject()) {
            ((ObjectNode) node).properties().removeIf(member -> member.getValue().isNull());
        }
        node.forEach(OperationExamples::strip);
    }

    private static JsonNode load() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader == null ? null : loader.getResourceAsStream(RESOURCE)) {
            return in == null ? null : new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
