package org.oas.migration.gateway.asyncapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every event type of the suite, by topic, with the schema of its data: {@code gateway/events.yaml}, the one list.
 * The gateway is the one module that sees every context's REST schemas, so the list lives beside the merge that
 * supplies them; a service's event types are otherwise only strings in its domain services.
 */
record EventCatalog(List<Topic> topics, Map<String, JsonNode> schemas) {

    static final String RESOURCE = "/gateway/events.yaml";

    /** One context's topic and the CloudEvents {@code source} its service stamps on every event. */
    record Topic(String address, String title, String source, String description, List<EventType> events) {
    }

    /** A CloudEvents {@code type} and the component schema of its data. */
    record EventType(String type, String schema, String summary) {

        private static final String PREFIX = "org.oas.migration.";

        /** {@code org.oas.migration.partner-client.revoked} -> {@code partnerClientRevoked}. */
        String messageId() {
            String local = type.startsWith(PREFIX) ? type.substring(PREFIX.length()) : type;
            StringBuilder id = new StringBuilder();
            boolean upper = false;
            for (char c : local.toCharArray()) {
                if (c == '.' || c == '-') {
                    upper = true;
                } else {
                    id.append(upper ? Character.toUpperCase(c) : c);
                    upper = false;
                }
            }
            return id.toString();
        }
    }

    static EventCatalog load() {
        try (InputStream in = EventCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            return of(new YAMLMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static EventCatalog of(JsonNode tree) {
        List<Topic> topics = new ArrayList<>();
        tree.path("topics").properties().forEach(entry -> {
            JsonNode topic = entry.getValue();
            List<EventType> events = new ArrayList<>();
            topic.path("events").forEach(event -> events.add(new EventType(
                    event.path("type").asText(), event.path("schema").asText(), event.path("summary").asText())));
            topics.add(new Topic(entry.getKey(), topic.path("title").asText(), topic.path("source").asText(),
                    topic.path("description").asText(), List.copyOf(events)));
        });
        Map<String, JsonNode> schemas = new LinkedHashMap<>();
        if (tree.path("schemas") instanceof ObjectNode own) {
            own.properties().forEach(entry -> schemas.put(entry.getKey(), entry.getValue()));
        }
        return new EventCatalog(List.copyOf(topics), Collections.unmodifiableMap(schemas));
    }
}
