package org.oas.migration.deploy.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * What the AsyncAPI document promises about one Kafka record of its channels: its {@code ce_type} is a message of the
 * channel whose address is the record's topic, its headers match that message's headers schema, its key the Kafka
 * binding's key schema (and the {@code ce_subject}), its value the message's payload schema. JSON Schema draft 7 (the
 * AsyncAPI schema format's base), formats asserted. The REST schemas leave objects open; here every object schema of
 * a payload is closed ({@code additionalProperties: false}), so an event carrying a field the document does not
 * describe fails too.
 */
final class EventContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The CloudEvents headers stay open: other headers (e.g. W3C traceparent) may travel beside them. */
    private static final String HEADERS = "CloudEventHeaders";
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private record Message(JsonSchema headers, JsonSchema key, JsonSchema payload) {
    }

    /** topic -> ce_type -> what its records must match. */
    private final Map<String, Map<String, Message>> channels = new HashMap<>();

    EventContract(JsonNode document) {
        ObjectNode asyncApi = document.deepCopy();
        asyncApi.get("components").get("schemas").properties().forEach(schema -> {
            if (!schema.getKey().equals(HEADERS)) {
                close(schema.getValue());
            }
        });
        asyncApi.get("channels").forEach(channel -> {
            Map<String, Message> messages = channels.computeIfAbsent(channel.get("address").asText(), topic -> new HashMap<>());
            channel.get("messages").forEach(ref -> {
                String pointer = ref.get("$ref").asText().substring(1);
                JsonNode message = asyncApi.at(pointer);
                messages.put(message.at("/headers/properties/ce_type/const").asText(), new Message(
                        schema(asyncApi, pointer + "/headers"), schema(asyncApi, pointer + "/bindings/kafka/key"),
                        schema(asyncApi, pointer + "/payload")));
            });
        });
    }

    /** The documented event types of a topic. */
    Set<String> types(String topic) {
        return channels.getOrDefault(topic, Map.of()).keySet();
    }

    /** Every way the record departs from the document; empty when it matches. */
    List<String> violations(ConsumerRecord<String, byte[]> record) {
        List<String> violations = new ArrayList<>();
        Map<String, Message> messages = channels.get(record.topic());
        if (messages == null) {
            return List.of("topic " + record.topic() + " is no channel's address");
        }
        ObjectNode headers = JSON.createObjectNode();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        String type = headers.path("ce_type").asText(null);
        Message message = messages.get(type);
        if (message == null) {
            return List.of("ce_type " + type + " is no message of channel " + record.topic());
        }
        add(violations, "headers", message.headers().validate(headers));
        add(violations, "key", message.key().validate(record.key() == null ? JSON.nullNode() : JSON.getNodeFactory().textNode(record.key())));
        if (record.key() != null && !record.key().equals(headers.path("ce_subject").asText(null))) {
            violations.add("key " + record.key() + " is not the ce_subject " + headers.path("ce_subject").asText(null));
        }
        try {
            add(violations, "value", message.payload().validate(JSON.readTree(record.value())));
        } catch (IOException e) {
            violations.add("value is not JSON: " + e.getMessage());
        }
        return violations;
    }

    /** Object schemas that list their properties admit no other (none of them combines properties with allOf). */
    private static void close(JsonNode schema) {
        if (schema instanceof ObjectNode object && object.has("properties") && !object.has("additionalProperties")) {
            object.put("additionalProperties", false);
        }
        schema.forEach(EventContract::close);
    }

    private static void add(List<String> violations, String part, Set<ValidationMessage> messages) {
        messages.forEach(m -> violations.add(part + " " + m.getMessage()));
    }

    /** The schema at {@code pointer}, its {@code #/components/...} references resolved in the document. */
    private static JsonSchema schema(JsonNode asyncApi, String pointer) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$ref", "#" + pointer);
        root.set("components", asyncApi.get("components"));
        return SCHEMAS.getSchema(root, CONFIG);
    }
}
