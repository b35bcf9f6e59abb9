package org.oas.migration.deploy.e2e;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;

/**
 * Derives the hostile requests for one operation from its contract: every query, path and header parameter made
 * wrong in the ways its schema allows (wrong type, NUL, a lone surrogate, oversize, a bad date, an unknown code, a
 * forged cursor), and the request body made wrong as a whole (empty, not an object, trailing garbage, nested 2,000
 * deep, a key twice, malformed UTF-8, over the size limit, the wrong Content-Type or a Content-Encoding) and property
 * by property (a wrong JSON type, NUL, a lone surrogate, 100 KB, a bad date or code). Each probe is invalid on
 * purpose: where one parameter is made wrong, the body sent with it is wrong too, so no probe can store anything if
 * the server does its job.
 */
final class HostileInputs {

    /** Long, yet within the gateway's request-line limit (4 KB): the URI limit itself is another test's concern. */
    static final int OVERSIZE_QUERY_VALUE = 3_000;
    static final int OVERSIZE_PATH_VALUE = 300;
    static final int OVERSIZE_STRING = 100_000;
    static final int NESTING = 2_000;

    /** Raw (already percent-encoded) values sent for any text parameter. */
    private static final Map<String, String> TEXT_PARAMETER_VALUES = Map.of(
            "NUL", "a%00b",
            "lone surrogate", "a%ED%A0%80b",
            "malformed UTF-8", "a%C0%80%FFb",
            "oversize (" + OVERSIZE_QUERY_VALUE + " chars)", "x".repeat(OVERSIZE_QUERY_VALUE),
            "unknown code", "zz-not-a-code");

    /** Escapes what is not ASCII, so a lone surrogate goes out as the JSON escape, not as the '?' UTF-8 makes of it. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonGenerator.Feature.ESCAPE_NON_ASCII);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ApiContract contract;
    private final ApiContract.Operation operation;
    private final Map<String, String> pathValues;
    private final Map<String, String> adminHeaders;
    private final long bodyLimit;
    private final Random random;

    /**
     * @param pathValues   a value for each path parameter that names an existing resource (or at least a well-formed one)
     * @param adminHeaders the headers that get a request past authorization (and, for a write, its current ETag)
     * @param bodyLimit    the owning service's body size limit in bytes
     */
    HostileInputs(ApiContract contract, ApiContract.Operation operation, Map<String, String> pathValues,
                  Map<String, String> adminHeaders, long bodyLimit, long seed) {
        this.contract = contract;
        this.operation = operation;
        this.pathValues = pathValues;
        this.adminHeaders = adminHeaders;
        this.bodyLimit = bodyLimit;
        this.random = new Random(seed);
    }

    List<Probe> probes() {
        List<Probe> probes = new ArrayList<>();
        queryProbes(probes);
        pathProbes(probes);
        headerProbes(probes);
        bodyProbes(probes);
        return probes;
    }

    // ---- parameters ----------------------------------------------------------------------------------------------

    private void queryProbes(List<Probe> probes) {
        for (ApiContract.Parameter parameter : operation.in("query")) {
            for (Map.Entry<String, String> bad : badValues(parameter).entrySet()) {
                Map<String, String> query = requiredQuery();
                query.put(parameter.name(), bad.getValue());
                send(probes, "query " + parameter.name() + ": " + bad.getKey(), target(pathValues, query), Map.of(), invalidBody());
            }
            Map<String, String> twice = requiredQuery();
            twice.remove(parameter.name());
            String repeated = encode(parameter.name()) + "=" + encode(validValue(parameter)) + "&" + encode(parameter.name()) + "=zz";
            String target = target(pathValues, twice);
            target += (target.contains("?") ? "&" : "?") + repeated;
            send(probes, "query " + parameter.name() + ": given twice", target, Map.of(), invalidBody());
        }
    }

    /** Percent-encoded wrong values for a parameter, by what its schema says it holds. */
    private Map<String, String> badValues(ApiContract.Parameter parameter) {
        Map<String, String> bad = new LinkedHashMap<>(TEXT_PARAMETER_VALUES);
        JsonNode schema = parameter.schema();
        String type = ApiContract.type(schema);
        String format = schema.path("format").asText("");
        switch (type) {
            case "integer", "number" -> {
                bad.put("wrong type (text)", "abc");
                bad.put("wrong type (fraction)", "1.5");
                bad.put("negative", "-1");
                bad.put("beyond 64 bits", "99999999999999999999999");
                bad.put("exponent", "1e400");
            }
            case "boolean" -> bad.put("wrong type", "maybe");
            case "array" -> bad.put("wrong item", "zz-not-a-code");
            default -> {
            }
        }
        String name = parameter.name().toLowerCase();
        if (format.startsWith("date") || name.endsWith("since") || name.endsWith("date") || name.endsWith("from")
                || name.endsWith("until") || name.endsWith("before") || name.endsWith("after")) {
            bad.put("bad date (month 13)", "2024-13-45");
            bad.put("bad date-time (hour 25)", "2024-02-30T25%3A61%3A00Z");
            bad.put("bad date (words)", "yesterday");
            bad.put("date-time beyond year 9999", "%2B999999999-01-01T00%3A00%3A00Z");
        }
        if (name.contains("cursor")) {
            bad.putAll(forgedCursors());
        }
        return bad;
    }

    private Map<String, String> forgedCursors() {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        byte[] noise = new byte[48];
        random.nextBytes(noise);
        Map<String, String> cursors = new LinkedHashMap<>();
        cursors.put("forged cursor (well-formed, not a uuid)", url.encodeToString(Probe.utf8("c2\u001Fx\u001Fnot-a-uuid")));
        cursors.put("forged cursor (garbage base64)", "%21%21not-base64%21%21");
        cursors.put("forged cursor (random bytes)", url.encodeToString(noise));
        cursors.put("forged cursor (another list's shape)", url.encodeToString(Probe.utf8("organizations.v1:0:-5,zz:9:x")));
        cursors.put("forged cursor (NUL inside)", url.encodeToString(Probe.utf8("c1\u001Fa\u0000b\u001F" + UUID.randomUUID())));
        return cursors;
    }

    private void pathProbes(List<Probe> probes) {
        for (ApiContract.Parameter parameter : operation.in("path")) {
            Map<String, String> bad = new LinkedHashMap<>();
            bad.put("NUL", "a%00b");
            bad.put("lone surrogate", "a%ED%A0%80b");
            bad.put("malformed UTF-8", "a%C0%80%FFb");
            bad.put("encoded dot-dot-slash", "..%2F..%2Fq%2Fopenapi");
            bad.put("oversize (" + OVERSIZE_PATH_VALUE + " chars)", "x".repeat(OVERSIZE_PATH_VALUE));
            bad.put("random id", UUID.randomUUID().toString());
            for (Map.Entry<String, String> value : bad.entrySet()) {
                Map<String, String> values = new LinkedHashMap<>(encodedPathValues());
                values.put(parameter.name(), value.getValue());
                send(probes, "path " + parameter.name() + ": " + value.getKey(), rawTarget(values, requiredQuery()), Map.of(), invalidBody());
            }
        }
    }

    private void headerProbes(List<Probe> probes) {
        for (ApiContract.Parameter parameter : operation.in("header")) {
            Map<String, String> bad = new LinkedHashMap<>();
            // java.net.http sends header values as ISO-8859-1: these three chars are the UTF-8 bytes of a lone surrogate.
            bad.put("lone surrogate bytes", "a\u00ed\u00a0\u0080b");
            bad.put("oversize (2,000 chars)", "x".repeat(2_000));
            bad.put("unknown value", "zz-not-a-value");
            bad.put("unquoted entity tag", "not-an-etag");
            for (Map.Entry<String, String> value : bad.entrySet()) {
                send(probes, "header " + parameter.name() + ": " + value.getKey(), target(pathValues, requiredQuery()),
                        Map.of(parameter.name(), value.getValue()), invalidBody());
            }
        }
    }

    // ---- bodies --------------------------------------------------------------------------------------------------

    private void bodyProbes(List<Probe> probes) {
        String target = target(pathValues, requiredQuery());
        for (ApiContract.Body body : operation.bodies().values()) {
            String media = body.mediaType();
            if (media.contains("json") && !media.contains("ndjson")) {
                jsonBodyProbes(probes, target, body);
            } else if (media.contains("ndjson")) {
                ndjsonProbes(probes, target, body);
            } else if (media.contains("form-urlencoded")) {
                formProbes(probes, target, body);
            } else {
                textProbes(probes, target, media);
            }
        }
    }

    private void jsonBodyProbes(List<Probe> probes, String target, ApiContract.Body body) {
        String media = body.mediaType();
        JsonNode base = base(body);
        String baseText = write(base);
        Map<String, byte[]> whole = new LinkedHashMap<>();
        whole.put("empty body", new byte[0]);
        whole.put("[] instead of an object", Probe.utf8("[]"));
        whole.put("a string instead of an object", Probe.utf8("\"text\""));
        whole.put("null instead of an object", Probe.utf8("null"));
        whole.put("trailing garbage", Probe.utf8(baseText + "}garbage"));
        whole.put("a second document", Probe.utf8(baseText + baseText));
        whole.put("truncated", Probe.utf8(baseText.substring(0, Math.max(1, baseText.length() / 2))));
        whole.put("nested " + NESTING + " deep", Probe.utf8(withProperty(base, "[".repeat(NESTING) + "]".repeat(NESTING))));
        whole.put("nested objects " + NESTING + " deep",
                Probe.utf8(withProperty(base, "{\"a\":".repeat(NESTING) + "1" + "}".repeat(NESTING))));
        whole.put("a key given twice", Probe.utf8(duplicateFirstKey(base)));
        whole.put("malformed UTF-8 in a string", malformedUtf8(base));
        whole.put("a comment", Probe.utf8("/* hostile */" + baseText));
        whole.put("over the body limit", overLimit(base));
        whole.put("a 100 KB key", Probe.utf8(withKey(base, "k".repeat(OVERSIZE_STRING))));
        for (Map.Entry<String, byte[]> entry : whole.entrySet()) {
            sendBoth(probes, "body: " + entry.getKey(), target, Map.of("Content-Type", media), entry.getValue());
        }
        byte[] broken = Probe.utf8(baseText + "}garbage");
        sendBoth(probes, "body as text/plain", target, Map.of("Content-Type", "text/plain"), Probe.utf8(baseText.replaceFirst("\\{", "{\"\u0000\":1,")));
        sendBoth(probes, "body as application/xml", target, Map.of("Content-Type", "application/xml"), Probe.utf8("<a>&undefined;</a>"));
        sendBoth(probes, "body without Content-Type", target, Map.of(), broken);
        sendBoth(probes, "a Content-Type with a bad charset", target, Map.of("Content-Type", media + "; charset=ebcdic-hostile"), broken);
        sendBoth(probes, "gzip Content-Encoding", target, Map.of("Content-Type", media, "Content-Encoding", "gzip"), gzip(broken));
        for (Map.Entry<String, JsonNode> mutated : propertyMutations(base, body.schema()).entrySet()) {
            send(probes, "body " + mutated.getKey(), target, Map.of("Content-Type", media), Probe.utf8(write(mutated.getValue())), false);
        }
    }

    /**
     * Each property (to three levels, the first item of each array) made wrong in turn: a value of the wrong JSON
     * type, and for text NUL, a lone surrogate, 100 KB, a bad date or an unknown code.
     */
    private Map<String, JsonNode> propertyMutations(JsonNode base, JsonNode schema) {
        Map<String, JsonNode> mutations = new LinkedHashMap<>();
        if (!base.isObject()) {
            return mutations;
        }
        mutateProperties(base, schema, "", 0, mutations, Function.identity());
        return mutations;
    }

    private void mutateProperties(JsonNode node, JsonNode schema, String prefix, int depth, Map<String, JsonNode> out,
                                  Function<JsonNode, JsonNode> root) {
        if (depth > 3) {
            return;
        }
        JsonNode properties = schema.path("properties");
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        properties.fieldNames().forEachRemaining(n -> {
            if (!names.contains(n)) {
                names.add(n);
            }
        });
        for (String name : names) {
            JsonNode propertySchema = properties.path(name);
            JsonNode value = node.get(name);
            String path = prefix + name;
            for (Map.Entry<String, JsonNode> wrong : wrongValues(propertySchema, value).entrySet()) {
                ObjectNode copy = (ObjectNode) node.deepCopy();
                copy.set(name, wrong.getValue());
                out.put(path + ": " + wrong.getKey(), root.apply(copy));
            }
            if (value != null && value.isObject()) {
                JsonNode childSchema = propertySchema.has("properties") ? propertySchema
                        : propertySchema.path("additionalProperties").isObject() ? languageLike(value, propertySchema) : propertySchema;
                mutateProperties(value, childSchema, path + ".", depth + 1, out, child -> {
                    ObjectNode copy = (ObjectNode) node.deepCopy();
                    copy.set(name, child);
                    return root.apply(copy);
                });
            } else if (value != null && value.isArray() && !value.isEmpty()) {
                JsonNode itemSchema = propertySchema.path("items");
                JsonNode first = value.get(0);
                Function<JsonNode, JsonNode> inArray = item -> {
                    ArrayNode array = value.deepCopy();
                    array.set(0, item);
                    ObjectNode copy = (ObjectNode) node.deepCopy();
                    copy.set(name, array);
                    return root.apply(copy);
                };
                if (first.isObject()) {
                    mutateProperties(first, itemSchema, path + "[0].", depth + 1, out, inArray);
                } else {
                    for (Map.Entry<String, JsonNode> wrong : wrongValues(itemSchema, first).entrySet()) {
                        out.put(path + "[0]: " + wrong.getKey(), inArray.apply(wrong.getValue()));
                    }
                }
            }
        }
    }

    /** A map such as a language map: every key it has takes the map's value schema. */
    private static JsonNode languageLike(JsonNode value, JsonNode schema) {
        ObjectNode synthetic = NODES.objectNode();
        ObjectNode properties = synthetic.putObject("properties");
        value.fieldNames().forEachRemaining(n -> properties.set(n, schema.get("additionalProperties")));
        return synthetic;
    }

    private Map<String, JsonNode> wrongValues(JsonNode schema, JsonNode value) {
        Map<String, JsonNode> wrong = new LinkedHashMap<>();
        String type = ApiContract.type(schema);
        if (type.isEmpty() && value != null) {
            type = value.isTextual() ? "string" : value.isIntegralNumber() ? "integer" : value.isNumber() ? "number"
                    : value.isBoolean() ? "boolean" : value.isArray() ? "array" : value.isObject() ? "object" : "";
        }
        switch (type) {
            case "string" -> {
                wrong.put("wrong type (object)", NODES.objectNode().put("hostile", true));
                wrong.put("wrong type (number)", NODES.numberNode(12345));
                wrong.put("wrong type (boolean)", NODES.booleanNode(true));
                wrong.put("NUL", NODES.textNode("a\u0000b"));
                wrong.put("lone surrogate", NODES.textNode("a\ud800b"));
                wrong.put("oversize (100 KB)", NODES.textNode("x".repeat(OVERSIZE_STRING)));
                String format = schema.path("format").asText("");
                if (format.startsWith("date")) {
                    wrong.put("bad date", NODES.textNode("2024-13-45T25:61:00Z"));
                }
                if (schema.has("enum") || format.equals("uuid")) {
                    wrong.put("unknown code", NODES.textNode("zz-not-a-code"));
                }
            }
            case "integer", "number" -> {
                wrong.put("wrong type (text)", NODES.textNode("not-a-number"));
                wrong.put("wrong type (object)", NODES.objectNode());
                wrong.put("beyond 64 bits", NODES.numberNode(new java.math.BigInteger("9".repeat(40))));
            }
            case "boolean" -> {
                wrong.put("wrong type (text)", NODES.textNode("maybe"));
                wrong.put("wrong type (number)", NODES.numberNode(2));
            }
            case "array" -> {
                wrong.put("wrong type (text)", NODES.textNode("not-an-array"));
                wrong.put("wrong type (object)", NODES.objectNode().put("hostile", 1));
            }
            case "object" -> {
                wrong.put("wrong type (text)", NODES.textNode("not-an-object"));
                wrong.put("wrong type (array)", NODES.arrayNode().add(1));
            }
            default -> wrong.put("wrong type (object)", NODES.objectNode().put("hostile", true));
        }
        return wrong;
    }

    private void ndjsonProbes(List<Probe> probes, String target, ApiContract.Body body) {
        Map<String, byte[]> bad = new LinkedHashMap<>();
        bad.put("empty body", new byte[0]);
        bad.put("a line that is not JSON", Probe.utf8("{\"externalId\":\n"));
        bad.put("NUL in a line", Probe.utf8("{\"externalId\":\"a\\u0000b\"}\n"));
        bad.put("lone surrogate in a line", Probe.utf8("{\"externalId\":\"a\\ud800b\"}\n"));
        bad.put("nested " + NESTING + " deep", Probe.utf8("[".repeat(NESTING) + "]".repeat(NESTING) + "\n"));
        bad.put("a key given twice", Probe.utf8("{\"externalId\":\"a\",\"externalId\":\"b\"}\n"));
        bad.put("malformed UTF-8", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xc0, (byte) 0x80, '"', '}', '\n'});
        bad.put("a 100 KB line", Probe.utf8("{\"externalId\":\"" + "x".repeat(OVERSIZE_STRING) + "\"}\n"));
        bad.put("over the body limit", Probe.utf8(("{\"externalId\":\"" + "x".repeat(1000) + "\"}\n").repeat((int) (bodyLimit / 1000) + 10)));
        for (Map.Entry<String, byte[]> entry : bad.entrySet()) {
            sendBoth(probes, "ndjson: " + entry.getKey(), target, Map.of("Content-Type", body.mediaType()), entry.getValue());
        }
        sendBoth(probes, "ndjson with gzip Content-Encoding", target,
                Map.of("Content-Type", body.mediaType(), "Content-Encoding", "gzip"), gzip(Probe.utf8("{\"externalId\":\n")));
    }

    private void textProbes(List<Probe> probes, String target, String media) {
        Map<String, byte[]> bad = new LinkedHashMap<>();
        bad.put("empty body", new byte[0]);
        bad.put("not well-formed", Probe.utf8("<iati-activities><iati-activity>"));
        bad.put("an external entity", Probe.utf8("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><iati-activities>&e;</iati-activities>"));
        bad.put("an entity expansion bomb", Probe.utf8("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]><iati-activities>&d;&d;&d;</iati-activities>"));
        bad.put("nested " + NESTING + " deep", Probe.utf8("<a>".repeat(NESTING) + "</a>".repeat(NESTING)));
        bad.put("NUL", Probe.utf8("<iati-activities>\u0000</iati-activities>"));
        bad.put("malformed UTF-8", new byte[] {'<', 'a', '>', (byte) 0xc0, (byte) 0x80, '<', '/', 'a', '>'});
        bad.put("JSON instead", Probe.utf8("{\"a\":1}"));
        for (Map.Entry<String, byte[]> entry : bad.entrySet()) {
            sendBoth(probes, media + ": " + entry.getKey(), target, Map.of("Content-Type", media), entry.getValue());
        }
    }

    private void formProbes(List<Probe> probes, String target, ApiContract.Body body) {
        List<String> fields = new ArrayList<>();
        body.schema().path("properties").fieldNames().forEachRemaining(fields::add);
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("empty body", "");
        bad.put("not a form", "%%%===&&&");
        for (String field : fields) {
            for (Map.Entry<String, String> value : TEXT_PARAMETER_VALUES.entrySet()) {
                bad.put(field + ": " + value.getKey(), encode(field) + "=" + value.getValue() + "&grant_type=hostile");
            }
            bad.put(field + ": given twice", encode(field) + "=a&" + encode(field) + "=b");
        }
        for (Map.Entry<String, String> entry : bad.entrySet()) {
            sendBoth(probes, "form " + entry.getKey(), target, Map.of("Content-Type", body.mediaType()), Probe.utf8(entry.getValue()));
        }
        sendBoth(probes, "form as application/json", target, Map.of("Content-Type", "application/json"), Probe.utf8("{\"grant_type\":1}"));
        sendBoth(probes, "form as text/plain", target, Map.of("Content-Type", "text/plain"), Probe.utf8("grant_type=hostile"));
    }

    // ---- building blocks -----------------------------------------------------------------------------------------

    /** The body the mutations start from: the contract's example, else one built from the schema. */
    private JsonNode base(ApiContract.Body body) {
        if (body.example() != null && body.example().isObject()) {
            return body.example();
        }
        return sample(body.schema(), 0);
    }

    private JsonNode sample(JsonNode schema, int depth) {
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("default")) {
            return schema.get("default");
        }
        if (schema.has("enum") && !schema.get("enum").isEmpty()) {
            return schema.get("enum").get(0);
        }
        String type = ApiContract.type(schema);
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 4) {
                    schema.path("properties").fields().forEachRemaining(f -> object.set(f.getKey(), sample(f.getValue(), depth + 1)));
                    if (object.isEmpty() && schema.path("additionalProperties").isObject()) {
                        object.set("en", sample(schema.get("additionalProperties"), depth + 1));
                    }
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (depth < 4) {
                    array.add(sample(schema.path("items"), depth + 1));
                }
                return array;
            }
            case "integer", "number" -> {
                return NODES.numberNode(schema.path("minimum").asInt(1));
            }
            case "boolean" -> {
                return NODES.booleanNode(true);
            }
            default -> {
                String format = schema.path("format").asText("");
                return NODES.textNode(switch (format) {
                    case "date" -> "2024-01-31";
                    case "date-time" -> "2024-01-31T12:00:00Z";
                    case "uuid" -> UUID.randomUUID().toString();
                    default -> "sample";
                });
            }
        }
    }

    /**
     * The body sent with a wrong parameter: the operation's own body with a NUL in it (a request that cannot be
     * stored whichever part the server checks first), or none when the operation takes none.
     */
    private byte[] invalidBody() {
        for (ApiContract.Body body : operation.bodies().values()) {
            if (body.mediaType().contains("json") && !body.mediaType().contains("ndjson")) {
                return Probe.utf8(withProperty(base(body), "\"a\\u0000b\""));
            }
            if (body.mediaType().contains("ndjson")) {
                return Probe.utf8("{\"externalId\":\"a\\u0000b\"}\n");
            }
            if (body.mediaType().contains("form")) {
                return Probe.utf8("grant_type=hostile");
            }
            return Probe.utf8("<a>&undefined;</a>");
        }
        return null;
    }

    private String invalidBodyType() {
        for (ApiContract.Body body : operation.bodies().values()) {
            return body.mediaType();
        }
        return null;
    }

    /** Adds or replaces the first property of the body with raw JSON. */
    private static String withProperty(JsonNode base, String rawJson) {
        Iterator<String> names = base.fieldNames();
        String name = names.hasNext() ? names.next() : "hostile";
        ObjectNode copy = base.isObject() ? (ObjectNode) base.deepCopy() : NODES.objectNode();
        copy.remove(name);
        String rest = write(copy);
        String member = "\"" + name + "\":" + rawJson;
        return rest.equals("{}") ? "{" + member + "}" : "{" + member + "," + rest.substring(1);
    }

    private static String withKey(JsonNode base, String key) {
        String text = write(base);
        String member = "\"" + key + "\":1";
        return text.equals("{}") ? "{" + member + "}" : "{" + member + "," + text.substring(1);
    }

    private static String duplicateFirstKey(JsonNode base) {
        Iterator<Map.Entry<String, JsonNode>> fields = base.fields();
        if (!fields.hasNext()) {
            return "{\"a\":1,\"a\":2}";
        }
        Map.Entry<String, JsonNode> first = fields.next();
        String text = write(base);
        return "{\"" + first.getKey() + "\":" + write(first.getValue()) + "," + text.substring(1);
    }

    private static byte[] malformedUtf8(JsonNode base) {
        String marker = "MALFORMED-UTF8-HERE";
        String text = withProperty(base, "\"" + marker + "\"");
        int at = text.indexOf(marker);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(Probe.utf8(text.substring(0, at)));
        out.writeBytes(new byte[] {(byte) 0xc0, (byte) 0x80, (byte) 0xff, (byte) 0xed, (byte) 0xa0, (byte) 0x80});
        out.writeBytes(Probe.utf8(text.substring(at + marker.length())));
        return out.toByteArray();
    }

    /** A well-formed body just over the limit (a long string in the first property), with its length declared. */
    private byte[] overLimit(JsonNode base) {
        return Probe.utf8(withProperty(base, "\"" + "x".repeat((int) bodyLimit + 1024) + "\""));
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zipped.toByteArray();
    }

    private Map<String, String> requiredQuery() {
        Map<String, String> query = new LinkedHashMap<>();
        for (ApiContract.Parameter parameter : operation.in("query")) {
            if (parameter.required()) {
                query.put(parameter.name(), encode(validValue(parameter)));
            }
        }
        return query;
    }

    static String validValue(ApiContract.Parameter parameter) {
        JsonNode schema = parameter.schema();
        if (parameter.example() != null && parameter.example().isValueNode()) {
            return parameter.example().asText();
        }
        if (schema.has("default")) {
            return schema.get("default").asText();
        }
        if (schema.has("enum") && !schema.get("enum").isEmpty()) {
            return schema.get("enum").get(0).asText();
        }
        return switch (ApiContract.type(schema)) {
            case "integer", "number" -> Integer.toString(Math.max(1, schema.path("minimum").asInt(1)));
            case "boolean" -> "true";
            default -> switch (schema.path("format").asText("")) {
                case "date" -> "2024-01-31";
                case "date-time" -> "2024-01-31T12:00:00Z";
                default -> "a";
            };
        };
    }

    private Map<String, String> encodedPathValues() {
        Map<String, String> encoded = new LinkedHashMap<>();
        pathValues.forEach((k, v) -> encoded.put(k, encode(v)));
        return encoded;
    }

    private String target(Map<String, String> path, Map<String, String> encodedQuery) {
        Map<String, String> encoded = new LinkedHashMap<>();
        path.forEach((k, v) -> encoded.put(k, encode(v)));
        return rawTarget(encoded, encodedQuery);
    }

    private String rawTarget(Map<String, String> encodedPath, Map<String, String> encodedQuery) {
        String path = operation.path();
        for (Map.Entry<String, String> value : encodedPath.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        StringBuilder target = new StringBuilder(path);
        char separator = '?';
        for (Map.Entry<String, String> q : encodedQuery.entrySet()) {
            target.append(separator).append(encode(q.getKey())).append('=').append(q.getValue());
            separator = '&';
        }
        return target.toString();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void send(List<Probe> probes, String mutation, String target, Map<String, String> headers, byte[] body) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        if (body != null && !all.containsKey("Content-Type") && invalidBodyType() != null) {
            all.put("Content-Type", invalidBodyType());
        }
        send(probes, mutation, target, all, body, false);
        if (operation.writes() && operation.secured()) {
            send(probes, mutation, target, all, body, true);
        }
    }

    private void sendBoth(List<Probe> probes, String mutation, String target, Map<String, String> headers, byte[] body) {
        send(probes, mutation, target, headers, body, false);
        if (operation.writes() && operation.secured()) {
            send(probes, mutation, target, headers, body, true);
        }
    }

    private void send(List<Probe> probes, String mutation, String target, Map<String, String> headers, byte[] body,
                      boolean anonymous) {
        Map<String, String> all = new LinkedHashMap<>();
        if (!anonymous) {
            adminHeaders.forEach(all::putIfAbsent);
        }
        all.putAll(headers);
        probes.add(Probe.of(operation, mutation, target, all, body, anonymous));
    }
}
