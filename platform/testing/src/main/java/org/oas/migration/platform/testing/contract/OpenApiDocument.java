package org.oas.migration.platform.testing.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.oas.OpenApi31;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An OpenAPI 3.1 document and what it promises about one answer: the operation its method and path name, a response
 * for its status (the code, else {@code 4XX}/{@code 5XX}, else {@code default}), a media type for its Content-Type,
 * and for JSON bodies the schema (JSON Schema 2020-12, OpenAPI 3.1's base, formats asserted), its
 * {@code #/components/...} references resolved in the document.
 */
final class OpenApiDocument {

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * OpenAPI 3.1's dialect: 2020-12 plus its own keywords (example, discriminator, xml); the document's {@code paths}
     * and {@code components} sit beside the root reference only for it to resolve, so they are known, not validated.
     */
    private static final JsonMetaSchema DIALECT = JsonMetaSchema.builder(OpenApi31.getInstance())
            .keyword(new NonValidationKeyword("paths")).keyword(new NonValidationKeyword("components")).build();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.metaSchema(DIALECT).defaultMetaSchemaIri(DIALECT.getIri()));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");

    /** One documented operation: its path template and the operation object. */
    record Operation(String template, String method, JsonNode node) {
    }

    private final JsonNode document;
    private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();

    OpenApiDocument(JsonNode document) {
        this.document = document;
    }

    static OpenApiDocument parse(byte[] json) throws IOException {
        return new OpenApiDocument(JSON.readTree(json));
    }

    /** The operation for {@code method} at a concrete path; literal segments win over templated ones. */
    Optional<Operation> operation(String method, String rawPath) {
        String[] segments = segments(rawPath);
        Operation best = null;
        int bestLiterals = -1;
        for (Iterator<Map.Entry<String, JsonNode>> it = document.path("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            int literals = matches(path.getKey(), segments);
            JsonNode operation = path.getValue().get(method.toLowerCase(Locale.ROOT));
            if (literals > bestLiterals && operation != null && METHODS.contains(method.toLowerCase(Locale.ROOT))) {
                best = new Operation(path.getKey(), method.toLowerCase(Locale.ROOT), operation);
                bestLiterals = literals;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Every way the answer departs from what the operation declares; empty when it matches.
     *
     * @param contentType the answer's Content-Type, null when it has no body
     * @param json the body, when its media type is JSON (other bodies are not read)
     */
    List<String> violations(Operation operation, int status, String contentType, byte[] json) {
        String where = operation.method().toUpperCase(Locale.ROOT) + " " + operation.template() + " " + status;
        JsonNode responses = operation.node().path("responses");
        String key = responses.has(Integer.toString(status)) ? Integer.toString(status)
                : responses.has(status / 100 + "XX") ? status / 100 + "XX" : responses.has("default") ? "default" : null;
        if (key == null) {
            return List.of(where + ": status not declared (declared: " + names(responses) + ")");
        }
        if (contentType == null || contentType.isBlank() || status == 204 || status == 304 || "head".equals(operation.method())) {
            return List.of();
        }
        String ref = responses.get(key).path("$ref").asText("");
        String responsePointer = ref.startsWith("#/") ? ref.substring(1)
                : "/paths/" + escape(operation.template()) + "/" + operation.method() + "/responses/" + key;
        JsonNode content = document.at(responsePointer).path("content");
        String mediaType = mediaType(contentType);
        if (content.isMissingNode() || content.isEmpty()) {
            return List.of(where + ": a " + mediaType + " body, but the response declares no content");
        }
        String declared = declaredMediaType(content, mediaType);
        if (declared == null) {
            return List.of(where + ": media type " + mediaType + " not declared (declared: " + names(content) + ")");
        }
        JsonNode schema = content.get(declared).get("schema");
        if (schema == null || json == null || json.length == 0) {
            return List.of();
        }
        JsonNode instance;
        try {
            instance = JSON.readTree(json);
        } catch (IOException e) {
            return List.of(where + ": the body is not JSON");
        }
        String pointer = responsePointer + "/content/" + escape(declared) + "/schema";
        List<String> violations = new ArrayList<>();
        compiled.computeIfAbsent(pointer, this::schemaAt).validate(instance)
                .forEach(message -> violations.add(where + " " + declared + ": " + message.getMessage()));
        return violations;
    }

    private JsonSchema schemaAt(String pointer) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$ref", "#" + pointer);
        root.set("paths", document.get("paths"));
        root.set("components", document.get("components"));
        return SCHEMAS.getSchema(root, CONFIG);
    }

    /** -1 when the template does not match; else how many of its segments are literal. */
    private static int matches(String template, String[] segments) {
        String[] parts = segments(template);
        if (parts.length != segments.length) {
            return -1;
        }
        int literals = 0;
        for (int i = 0; i < parts.length; i++) {
            boolean variable = parts[i].startsWith("{") && parts[i].endsWith("}");
            if (!variable && !parts[i].equals(segments[i])) {
                return -1;
            }
            literals += variable ? 0 : 1;
        }
        return literals;
    }

    private static String[] segments(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        String[] raw = trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
        for (int i = 0; i < raw.length; i++) {
            raw[i] = URLDecoder.decode(raw[i].replace("+", "%2B"), StandardCharsets.UTF_8);
        }
        return raw;
    }

    private static String declaredMediaType(JsonNode content, String mediaType) {
        if (content.has(mediaType)) {
            return mediaType;
        }
        String range = mediaType.substring(0, mediaType.indexOf('/') + 1) + "*";
        return content.has(range) ? range : content.has("*/*") ? "*/*" : null;
    }

    static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return "application/octet-stream";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
