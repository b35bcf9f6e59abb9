package org.oas.migration.platform.openapi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.Components;
import org.oas.migration.platform.paging.PageRequest;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the error answers every operation can give, all with the Problem schema, so each resource
 * method only declares its own success responses. Registered with {@code mp.openapi.filter}.
 */
public class StandardResponses implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final com.fasterxml.jackson.databind.ObjectMapper EXAMPLE_JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    /** A problem's {@code instance} is the request path, which {@code RequestLimits} keeps under 4096 characters. */
    private static final int URI_MAX = 4096;
    private static final int TITLE_MAX = 200;
    private static final int FIELD_MAX = 1000;
    private static final int MESSAGE_MAX = 10_000;
    /** Bean Validation reports every violation; no input has more validated fields and items than this. */
    private static final int MAX_VIOLATIONS = 10_000;

    @Override
    public PathItem filterPathItem(PathItem pathItem) {
        boolean hasPathParameter = false;
        for (Map.Entry<PathItem.HttpMethod, Operation> entry : pathItem.getOperations().entrySet()) {
            Operation operation = entry.getValue();
            hasPathParameter = operation.getParameters() != null
                    && operation.getParameters().stream().anyMatch(p -> p.getIn() != null && "path".equals(p.getIn().toString()));
            APIResponses responses = operation.getResponses();
            if (responses == null) {
                continue;
            }
            problemBodies(responses);
            add(responses, "400", "Invalid input: the problem names each invalid field in `errors`");
            add(responses, "406", "No representation matches the Accept header (the media types are listed with each response)");
            add(responses, "500", "Unexpected error (logged; no internals are disclosed)");
            add(responses, "503", "A dependency (the database) is unavailable; retry after `Retry-After` seconds");
            if (hasPathParameter) {
                add(responses, "404", "No such resource");
                add(responses, "410", "The resource was deleted");
            }
            switch (entry.getKey()) {
                case POST, PUT, PATCH -> {
                    add(responses, "409", "Conflict with the stored state (a duplicate natural key)");
                    add(responses, "413", "Request body too large");
                    add(responses, "415", "Unsupported Content-Type");
                    if (entry.getKey() == PathItem.HttpMethod.POST) {
                        add(responses, "422", "The Idempotency-Key was used before with another request body");
                    } else {
                        add(responses, "412", "If-Match does not name the current version");
                    }
                }
                case DELETE -> {
                    add(responses, "409", "Conflict with the stored state (something still depends on the resource)");
                    add(responses, "412", "If-Match does not name the current version");
                }
                default -> { }
            }
            if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
                add(responses, "401", "Missing, expired or invalid bearer token");
                add(responses, "403", "The token's role or organization may not do this");
            }
        }
        return pathItem;
    }

    /**
     * The Problem and FieldViolation schemas, so the references above resolve in every service's document; and the
     * service's examples drawn from the seed data ({@link OperationExamples}).
     */
    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        OperationExamples.addTo(openAPI);
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        nullableNextCursors(components);
        components.addSchema("FieldViolation", OASFactory.createSchema().type(List.of(SchemaType.OBJECT))
                .description("One invalid field of the request.")
                .addProperty("field", text("JSON path of the field, e.g. memberCountries[0].country", "endDate", FIELD_MAX))
                .addProperty("message", text("What is wrong with it", "must not be before startDate", MESSAGE_MAX)));
        components.addSchema("Problem", OASFactory.createSchema().type(List.of(SchemaType.OBJECT))
                .description("RFC 9457 problem details, the body of every 4xx and 5xx answer.")
                .addProperty("type", text("URI identifying the problem type", "https://api.oas.org/problems/invalid-input", URI_MAX)
                        .format("uri"))
                .addProperty("title", text("Short summary of the problem type", "Invalid input", TITLE_MAX))
                .addProperty("status", OASFactory.createSchema().type(List.of(SchemaType.INTEGER)).format("int32")
                        .minimum(BigDecimal.valueOf(400)).maximum(BigDecimal.valueOf(599)).example(400))
                .addProperty("detail", text("Explanation of this occurrence", "1 field is invalid", MESSAGE_MAX))
                .addProperty("instance", text("The request path", "/v1/organizations", URI_MAX).format("uri-reference"))
                .addProperty("errors", OASFactory.createSchema().type(List.of(SchemaType.ARRAY)).maxItems(MAX_VIOLATIONS)
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldViolation")))
                .required(List.of("type", "title", "status")));
        DeclaredLimits.addTo(openAPI);
        MergePatchBodies.addTo(openAPI);
        textExamples(openAPI);
    }

    /**
     * A text body's example stays text: SmallRye reads an annotation's example that looks like JSON as JSON, so an
     * NDJSON line would become an object where the schema is a string.
     */
    private static void textExamples(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null
                    || operation.getRequestBody().getContent().getMediaTypes() == null) {
                return;
            }
            operation.getRequestBody().getContent().getMediaTypes().values().forEach(media -> {
                Schema schema = media.getSchema();
                Object example = media.getExample();
                if (schema != null && schema.getType() != null && schema.getType().contains(SchemaType.STRING)
                        && example != null && !(example instanceof String)) {
                    try {
                        media.setExample(EXAMPLE_JSON.writeValueAsString(example) + "\n");
                    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                        throw new IllegalStateException("Example not writable as JSON", e);
                    }
                }
            });
        }));
    }

    private static Schema text(String description, String example, int maxLength) {
        return OASFactory.createSchema().type(List.of(SchemaType.STRING)).description(description).example(example)
                .maxLength(maxLength);
    }

    /** The error answer, or the Problem body on one a resource declared without content (it has no other body). */
    private static void add(APIResponses responses, String status, String description) {
        APIResponse declared = responses.getAPIResponse(status);
        if (declared == null) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description).content(problemContent()));
        } else if (declared.getContent() == null || declared.getContent().getMediaTypes() == null
                || declared.getContent().getMediaTypes().isEmpty()) {
            declared.setContent(problemContent());
        }
    }

    /** Every 4xx and 5xx a resource declares itself carries the Problem body too. */
    private static void problemBodies(APIResponses responses) {
        if (responses.getAPIResponses() == null) {
            return;
        }
        responses.getAPIResponses().forEach((status, response) -> {
            if ((status.startsWith("4") || status.startsWith("5")) && response.getContent() == null) {
                response.setContent(problemContent());
            }
        });
    }

    private static Content problemContent() {
        MediaType problem = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF));
        return OASFactory.createContent().addMediaType("application/problem+json", problem);
    }

    /**
     * A list page's {@code items} are always there and its {@code nextCursor} is null on the last page: said once here
     * for every page schema (an object with {@code items} and {@code nextCursor}), so no page record can forget it.
     */
    private static void nullableNextCursors(Components components) {
        if (components.getSchemas() == null) {
            return;
        }
        components.getSchemas().values().forEach(schema -> {
            Map<String, Schema> properties = schema.getProperties();
            if (properties != null && properties.containsKey("items") && properties.get("nextCursor") != null) {
                Schema items = properties.get("items");
                // Every page has its items, [] when there are none: required, so a generated client's type is not optional.
                if (schema.getRequired() == null || !schema.getRequired().contains("items")) {
                    schema.addRequired("items");
                }
                if (items.getMaxItems() == null) {
                    items.setMaxItems(PageRequest.MAX_LIMIT);
                }
                Schema cursor = properties.get("nextCursor");
                cursor.setType(List.of(SchemaType.STRING, SchemaType.NULL));
                if (cursor.getMaxLength() == null) {
                    // It comes back as the `cursor` query parameter, which RequestLimits keeps under 4096 characters.
                    cursor.setMaxLength(URI_MAX);
                }
                if (cursor.getPattern() == null) {
                    // Keyset.cursor: base64url without padding (paging/Cursor).
                    cursor.setPattern("^[A-Za-z0-9_-]+$");
                }
                if (cursor.getDescription() == null) {
                    cursor.setDescription("The cursor of the next page (pass it as `cursor`); null on the last page");
                }
            }
        });
    }
}
