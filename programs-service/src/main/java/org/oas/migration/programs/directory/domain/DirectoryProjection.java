package org.oas.migration.programs.directory.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.oas.migration.platform.text.LookupKey;

/**
 * Applies organizations.v1 (organizations) and meetings.v1 (resolutions, documents) events to the local copies.
 * An event not newer than the held version changes nothing, so redelivery and replays are harmless. An applied
 * organization event also fires {@link OrganizationRenamed}, so stored activity and programme views show the
 * registry's current names.
 */
@ApplicationScoped
public class DirectoryProjection {

    private static final String PREFIX = "org.oas.migration.";

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    @Inject
    Event<OrganizationRenamed> renamed;

    public void apply(CloudEvent event) {
        String type = event.getType();
        boolean deletion = type.endsWith(".deleted");
        if (type.startsWith(PREFIX + "organization.")) {
            JsonNode payload = read(event);
            boolean applied = upsert("directory_organization", payload, deletion, this::organizationColumns);
            if (applied && deletion) {
                recordMerge(payload);
            } else if (applied && payload.hasNonNull("names")) {
                renamed.fire(new OrganizationRenamed(UUID.fromString(payload.get("id").asText()), payload.get("code").asText(),
                        text(payload.get("names"))));
            }
        } else if (type.startsWith(PREFIX + "resolution.")) {
            upsert("directory_resolution", read(event), deletion, this::resolutionColumns);
        } else if (type.startsWith(PREFIX + "document.")) {
            upsert("directory_document", read(event), deletion, this::documentColumns);
        }
    }

    private interface Columns {
        /** Column names and values (as text; jsonb columns cast by the caller) of the non-deleted state. */
        List<Object[]> of(JsonNode payload);
    }

    /** @return whether the event was newer than the held row (and so applied) */
    private boolean upsert(String table, JsonNode payload, boolean deletion, Columns columns) {
        UUID id = UUID.fromString(payload.get("id").asText());
        long version = payload.get("version").asLong();
        @SuppressWarnings("unchecked")
        List<Number> held = em.createNativeQuery("SELECT version FROM " + table + " WHERE id = ?1 FOR UPDATE").setParameter(1, id).getResultList();
        if (!held.isEmpty() && held.get(0).longValue() >= version) {
            return false;
        }
        if (deletion) {
            em.createNativeQuery("UPDATE " + table + " SET deleted = true, version = ?2 WHERE id = ?1")
                    .setParameter(1, id).setParameter(2, version).executeUpdate();
            return true;
        }
        List<Object[]> values = columns.of(payload);
        StringBuilder names = new StringBuilder("id, version, deleted");
        StringBuilder params = new StringBuilder("?1, ?2, false");
        StringBuilder updates = new StringBuilder("version = excluded.version, deleted = false");
        for (int i = 0; i < values.size(); i++) {
            String column = (String) values.get(i)[0];
            boolean jsonb = (boolean) values.get(i)[2];
            names.append(", ").append(column);
            params.append(", ").append(jsonb ? "cast(?" + (i + 3) + " AS jsonb)" : "?" + (i + 3));
            updates.append(", ").append(column).append(" = excluded.").append(column);
        }
        var query = em.createNativeQuery("INSERT INTO " + table + " (" + names + ") VALUES (" + params + ") ON CONFLICT (id) DO UPDATE SET " + updates)
                .setParameter(1, id).setParameter(2, version);
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 3, values.get(i)[1]);
        }
        query.executeUpdate();
        return true;
    }

    /** A merge is a deletion naming the organization that absorbed this one. */
    private void recordMerge(JsonNode payload) {
        if (payload.hasNonNull("mergedIntoId")) {
            em.createNativeQuery("UPDATE directory_organization SET merged_into_id = ?2 WHERE id = ?1")
                    .setParameter(1, UUID.fromString(payload.get("id").asText()))
                    .setParameter(2, UUID.fromString(payload.get("mergedIntoId").asText())).executeUpdate();
        }
    }

    private List<Object[]> organizationColumns(JsonNode p) {
        return List.of(column("code", p.get("code").asText(), false), column("names", text(p.get("names")), true),
                column("acronyms", text(p.hasNonNull("acronyms") ? p.get("acronyms") : json.createObjectNode()), true),
                column("identifiers", text(p.path("identifiers").isMissingNode() ? json.createArrayNode() : p.get("identifiers")), true));
    }

    private List<Object[]> resolutionColumns(JsonNode p) {
        String symbol = p.hasNonNull("symbol") ? p.get("symbol").asText() : p.path("draftClassification").asText("");
        var paragraphs = json.createArrayNode();
        for (JsonNode operative : p.path("operative")) {
            paragraphs.addObject().put("id", operative.get("id").asText()).put("number", operative.get("number").asText());
        }
        return List.of(column("symbol", symbol, false), column("symbol_key", LookupKey.of(symbol), false),
                column("title", text(p.get("title")), true), column("paragraphs", text(paragraphs), true));
    }

    private List<Object[]> documentColumns(JsonNode p) {
        String symbol = p.get("symbol").asText();
        return List.of(column("symbol", symbol, false), column("symbol_key", LookupKey.of(symbol), false),
                column("title", text(p.get("title")), true));
    }

    private static Object[] column(String name, String value, boolean jsonb) {
        return new Object[] {name, value, jsonb};
    }

    private String text(JsonNode node) {
        try {
            return node == null || node.isNull() ? null : json.writeValueAsString(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode read(CloudEvent event) {
        try {
            return json.readTree(event.getData() == null ? new byte[0] : event.getData().toBytes());
        } catch (IOException e) {
            throw new IllegalArgumentException("Event " + event.getId() + " is not JSON", e);
        }
    }
}
