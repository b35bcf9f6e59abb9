package org.oas.migration.deploy.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The operations of the merged OpenAPI 3.x document, read with Jackson's tree: each path and method with its
 * parameters (path-level ones included), its request body's media types and schemas ({@code $ref}s followed) and
 * whether it needs a token.
 */
final class ApiContract {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    /** One parameter; {@code in} is path, query or header. */
    record Parameter(String name, String in, boolean required, JsonNode schema, JsonNode example) {
    }

    /** One operation; {@code bodies} maps each request media type to its schema (resolved), with its example if any. */
    record Operation(String method, String path, String operationId, List<Parameter> parameters,
                     Map<String, Body> bodies, boolean secured) {

        boolean writes() {
            return !method.equals("GET");
        }

        List<Parameter> in(String where) {
            return parameters.stream().filter(p -> p.in().equals(where)).toList();
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** A request body of one media type. */
    record Body(String mediaType, JsonNode schema, JsonNode example) {
    }

    private final JsonNode document;

    ApiContract(JsonNode document) {
        this.document = document;
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        boolean securedByDefault = document.path("security").size() > 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            JsonNode item = resolve(path.getValue());
            for (Iterator<Map.Entry<String, JsonNode>> methods = item.fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (!METHODS.contains(method.getKey())) {
                    continue;
                }
                JsonNode operation = method.getValue();
                Map<String, Parameter> parameters = new LinkedHashMap<>();
                for (JsonNode declared : List.of(item.path("parameters"), operation.path("parameters"))) {
                    for (JsonNode p : declared) {
                        Parameter parameter = parameter(resolve(p));
                        parameters.put(parameter.in() + ":" + parameter.name(), parameter); // the operation's own wins
                    }
                }
                JsonNode security = operation.has("security") ? operation.get("security") : document.path("security");
                boolean secured = operation.has("security") ? hasRequirement(security) : securedByDefault;
                operations.add(new Operation(method.getKey().toUpperCase(Locale.ROOT), path.getKey(),
                        operation.path("operationId").asText(""), List.copyOf(parameters.values()),
                        bodies(resolve(operation.path("requestBody"))), secured));
            }
        }
        return operations;
    }

    private static boolean hasRequirement(JsonNode security) {
        for (JsonNode requirement : security) {
            if (requirement.size() > 0) {
                return true;
            }
        }
        return false;
    }

    private Parameter parameter(JsonNode p) {
        JsonNode schema = schema(p.path("schema"));
        JsonNode example = p.has("example") ? p.get("example") : firstExample(p.path("examples"));
        if (example == null && schema.has("example")) {
            example = schema.get("example");
        }
        return new Parameter(p.path("name").asText(), p.path("in").asText(), p.path("required").asBoolean(false), schema, example);
    }

    private Map<String, Body> bodies(JsonNode requestBody) {
        Map<String, Body> bodies = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> content = requestBody.path("content").fields(); content.hasNext(); ) {
            Map.Entry<String, JsonNode> media = content.next();
            JsonNode example = media.getValue().has("example") ? media.getValue().get("example")
                    : firstExample(media.getValue().path("examples"));
            JsonNode schema = schema(media.getValue().path("schema"));
            if (example == null && schema.has("example")) {
                example = schema.get("example");
            }
            bodies.put(media.getKey(), new Body(media.getKey(), schema, example));
        }
        return bodies;
    }

    private JsonNode firstExample(JsonNode examples) {
        for (JsonNode example : examples) {
            JsonNode resolved = resolve(example);
            if (resolved.has("value")) {
                return resolved.get("value");
            }
        }
        return null;
    }

    /**
     * A schema with its {@code $ref} followed and {@code allOf} merged into one object (properties and required),
     * recursively for properties and items, to a bounded depth (schemas may be recursive).
     */
    JsonNode schema(JsonNode node) {
        return schema(node, 0);
    }

    private JsonNode schema(JsonNode node, int depth) {
        JsonNode resolved = resolve(node);
        if (depth > 8 || !resolved.isObject()) {
            return resolved.isObject() ? resolved : JsonNodeFactory.instance.objectNode();
        }
        ObjectNode merged = ((ObjectNode) resolved).deepCopy();
        if (resolved.has("allOf")) {
            merged.remove("allOf");
            for (JsonNode part : resolved.get("allOf")) {
                JsonNode p = schema(part, depth + 1);
                p.fields().forEachRemaining(f -> {
                    if (f.getKey().equals("properties") && merged.has("properties")) {
                        ((ObjectNode) merged.get("properties")).setAll((ObjectNode) f.getValue());
                    } else if (!merged.has(f.getKey())) {
                        merged.set(f.getKey(), f.getValue());
                    }
                });
            }
        }
        for (String alternatives : List.of("oneOf", "anyOf")) {
            if (resolved.has(alternatives) && !resolved.has("type") && !resolved.has("properties")) {
                // The first alternative that is not null stands for the schema.
                for (JsonNode option : resolved.get(alternatives)) {
                    JsonNode o = schema(option, depth + 1);
                    if (!"null".equals(o.path("type").asText())) {
                        merged.remove(alternatives);
                        o.fields().forEachRemaining(f -> merged.putIfAbsent(f.getKey(), f.getValue()));
                        break;
                    }
                }
            }
        }
        if (merged.has("properties")) {
            ObjectNode properties = JsonNodeFactory.instance.objectNode();
            merged.get("properties").fields().forEachRemaining(f -> properties.set(f.getKey(), schema(f.getValue(), depth + 1)));
            merged.set("properties", properties);
        }
        if (merged.has("items")) {
            merged.set("items", schema(merged.get("items"), depth + 1));
        }
        if (merged.path("additionalProperties").isObject()) {
            merged.set("additionalProperties", schema(merged.get("additionalProperties"), depth + 1));
        }
        return merged;
    }

    /** The schema's type, the non-null one of an OpenAPI 3.1 type list; empty when it declares none. */
    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
            return "";
        }
        if (type.isMissingNode() && schema.has("properties")) {
            return "object";
        }
        return type.asText("");
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current.has("$ref") && hops < 20; hops++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalArgumentException("Only local references are expected in the merged document: " + ref);
            }
            current = document.at(ref.substring(1));
        }
        return current;
    }
}
