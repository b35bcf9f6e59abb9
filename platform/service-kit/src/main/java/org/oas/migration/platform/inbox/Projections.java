package org.oas.migration.platform.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.util.List;
import java.util.UUID;

/**
 * What every projection (a local copy of another context, kept from its topic) does with a consumed event: read its
 * JSON data, take values out of it, write JSON values back as text for jsonb columns, and decide whether it is newer
 * than the row held.
 */
@ApplicationScoped
public class Projections {

    @Inject
    ObjectMapper json;

    /** The event's data as JSON; an event that is not JSON fails (and is retried, keeping the resource's order). */
    public JsonNode read(CloudEvent event) {
        try {
            return json.readTree(event.getData() == null ? new byte[0] : event.getData().toBytes());
        } catch (IOException e) {
            throw new IllegalArgumentException("Event " + event.getId() + " is not JSON", e);
        }
    }

    /** A JSON value as text (for a {@code cast(? AS jsonb)} parameter); null for a missing or null one. */
    public String text(Object value) {
        if (value == null || value instanceof JsonNode node && (node.isNull() || node.isMissingNode())) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A JSON value as {@code type}; null for a missing or null one. */
    public <T> T convert(JsonNode node, TypeReference<T> type) {
        return node == null || node.isNull() || node.isMissingNode() ? null : json.convertValue(node, type);
    }

    public static UUID uuid(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : UUID.fromString(node.asText());
    }

    /**
     * Whether an event at {@code version} is newer than the copy held in {@code table} (true when none is held). The
     * held row stays locked until the transaction ends, so two replicas applying events of one resource queue here.
     */
    public static boolean isNewer(EntityManager em, String table, UUID id, long version) {
        @SuppressWarnings("unchecked")
        List<Number> held = em.createNativeQuery("SELECT version FROM " + table + " WHERE id = ?1 FOR UPDATE")
                .setParameter(1, id).getResultList();
        return held.isEmpty() || held.get(0).longValue() < version;
    }
}
