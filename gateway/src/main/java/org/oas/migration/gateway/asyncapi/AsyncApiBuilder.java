package org.oas.migration.gateway.asyncapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds the AsyncAPI 3.0 document from the {@link EventCatalog} and the merged OpenAPI document: a channel per topic
 * (address = topic), a {@code send} operation per channel, a message per event type with the CloudEvents Kafka headers
 * ({@code ce_type} and {@code ce_source} fixed per message), a UUID Kafka key, and as payload the REST component
 * schema, copied under the same name with everything it references, so {@code $ref}s keep their meaning.
 */
final class AsyncApiBuilder {

    static final String SCHEMAS = "#/components/schemas/";
    static final String HEADERS = "CloudEventHeaders";
    private static final String KAFKA_BINDING_VERSION = "0.5.0";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The document and the schema names neither the catalog nor the merged OpenAPI document defines (yet). */
    record Built(ObjectNode document, List<String> missing) {
    }

    private final EventCatalog catalog;

    AsyncApiBuilder(EventCatalog catalog) {
        this.catalog = catalog;
    }

    Built build(JsonNode openApi, String title, String version) {
        JsonNode restSchemas = openApi.path("components").path("schemas");
        Map<String, JsonNode> schemas = new LinkedHashMap<>();
        Set<String> missing = new LinkedHashSet<>();
        ObjectNode channels = NODES.objectNode();
        ObjectNode operations = NODES.objectNode();
        ObjectNode messages = NODES.objectNode();
        for (EventCatalog.Topic topic : catalog.topics()) {
            String channelId = topic.title().toLowerCase(Locale.ROOT);
            ObjectNode channelMessages = NODES.objectNode();
            ArrayNode operationMessages = NODES.arrayNode();
            for (EventCatalog.EventType event : topic.events()) {
                String id = event.messageId();
                boolean known = copyWithReferences(event.schema(), restSchemas, schemas);
                if (!known) {
                    missing.add(event.schema());
                }
                messages.set(id, message(topic, event, known));
                channelMessages.set(id, ref("#/components/messages/" + id));
                operationMessages.add(ref("#/channels/" + channelId + "/messages/" + id));
            }
            ObjectNode channel = channels.putObject(channelId);
            channel.put("address", topic.address()).put("title", topic.title()).put("description", topic.description()
                    + " CloudEvents 1.0 in Kafka binary mode, keyed by the resource id so one resource's events keep their order.");
            channel.set("messages", channelMessages);
            channel.putObject("bindings").putObject("kafka").put("topic", topic.address()).put("bindingVersion", KAFKA_BINDING_VERSION);
            ObjectNode operation = operations.putObject("publish" + topic.title());
            operation.put("action", "send").put("title", topic.title() + " events")
                    .put("summary", topic.source().substring(1) + " publishes every change of its resources, from its outbox.");
            operation.set("channel", ref("#/channels/" + channelId));
            operation.set("messages", operationMessages);
        }
        ObjectNode components = NODES.objectNode();
        ObjectNode componentSchemas = components.putObject("schemas");
        componentSchemas.set(HEADERS, cloudEventHeaders());
        schemas.forEach(componentSchemas::set);
        components.set("messages", messages);

        ObjectNode document = NODES.objectNode();
        document.put("asyncapi", "3.0.0");
        ObjectNode info = document.putObject("info");
        info.put("title", title).put("version", version).put("description", description(missing));
        document.put("defaultContentType", "application/json");
        document.set("channels", channels);
        document.set("operations", operations);
        document.set("components", components);
        return new Built(document, List.copyOf(missing));
    }

    private ObjectNode message(EventCatalog.Topic topic, EventCatalog.EventType event, boolean known) {
        ObjectNode message = NODES.objectNode();
        message.put("name", event.type()).put("title", event.type()).put("summary", event.summary())
                .put("contentType", "application/json");
        ObjectNode headers = message.putObject("headers");
        headers.put("type", "object");
        headers.putArray("allOf").add(ref(SCHEMAS + HEADERS));
        ObjectNode fixed = headers.putObject("properties");
        fixed.putObject("ce_type").put("const", event.type());
        fixed.putObject("ce_source").put("const", topic.source());
        message.set("payload", known ? ref(SCHEMAS + event.schema())
                : NODES.objectNode().put("description", "Schema " + event.schema() + " is not available yet (its service was not reached)."));
        ObjectNode kafka = message.putObject("bindings").putObject("kafka");
        kafka.putObject("key").put("type", "string").put("format", "uuid").put("description", "The resource's id (= ce_subject).");
        kafka.put("bindingVersion", KAFKA_BINDING_VERSION);
        return message;
    }

    /**
     * Copies {@code name} and every schema it references (transitively) into {@code into}; false, copying nothing, when
     * one of them is unknown (its service not reached yet), so the document never holds a dangling reference.
     */
    private boolean copyWithReferences(String name, JsonNode restSchemas, Map<String, JsonNode> into) {
        Map<String, JsonNode> closure = new LinkedHashMap<>();
        Deque<String> pending = new ArrayDeque<>(List.of(name));
        while (!pending.isEmpty()) {
            String next = pending.pop();
            if (into.containsKey(next) || closure.containsKey(next)) {
                continue;
            }
            JsonNode schema = schema(next, restSchemas);
            if (schema == null) {
                return false;
            }
            closure.put(next, schema.deepCopy());
            collectReferences(schema, pending);
        }
        into.putAll(closure);
        return true;
    }

    private JsonNode schema(String name, JsonNode restSchemas) {
        return catalog.schemas().containsKey(name) ? catalog.schemas().get(name) : restSchemas.get(name);
    }

    private static void collectReferences(JsonNode node, Deque<String> pending) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith(SCHEMAS)) {
                pending.push(ref.asText().substring(SCHEMAS.length()));
            }
        }
        if (node.isContainerNode()) {
            node.forEach(child -> collectReferences(child, pending));
        }
    }

    /** The CloudEvents 1.0 Kafka protocol binding's headers, as the outbox relay writes them. */
    private static ObjectNode cloudEventHeaders() {
        ObjectNode schema = NODES.objectNode();
        schema.put("type", "object").put("description", "CloudEvents 1.0 attributes as Kafka headers (binary content mode); "
                + "other headers (e.g. W3C traceparent) may follow.");
        schema.putArray("required").add("ce_specversion").add("ce_id").add("ce_type").add("ce_source").add("ce_subject")
                .add("ce_time").add("content-type");
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("ce_specversion").put("const", "1.0");
        properties.putObject("ce_id").put("type", "string").put("format", "uuid")
                .put("description", "Unique per event: consumers de-duplicate on it (delivery is at-least-once).");
        properties.putObject("ce_type").put("type", "string").put("description", "org.oas.migration.<resource>.<action>");
        properties.putObject("ce_source").put("type", "string").put("format", "uri-reference")
                .put("description", "The publishing service, e.g. /organizations-service.");
        properties.putObject("ce_subject").put("type", "string").put("format", "uuid")
                .put("description", "The resource's id, also the record key.");
        properties.putObject("ce_time").put("type", "string").put("format", "date-time")
                .put("description", "When the change was recorded (RFC 3339).");
        properties.putObject("content-type").put("const", "application/json");
        return schema;
    }

    private static String description(Set<String> missing) {
        String text = "The change events of the OAS migration-information suite: one Kafka topic per context, CloudEvents 1.0 in "
                + "binary mode, keyed by the resource id. An event's data is the resource's public representation, the "
                + "same schema as its GET in /q/openapi (a deletion carries the ids and version). Delivery is at-least-once: "
                + "de-duplicate on ce_id and ignore versions older than the one held. Portals without Kafka access read the "
                + "same events from GET /v1/changes.";
        return missing.isEmpty() ? text : text + "\n\nNot yet available (service not reached since the gateway started): "
                + String.join(", ", missing) + ".";
    }

    private static ObjectNode ref(String target) {
        return NODES.objectNode().put("$ref", target);
    }
}
