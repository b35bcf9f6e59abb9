package org.oas.migration.programs.directory.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.oas.migration.platform.directory.RegistryEvent;
import org.oas.migration.platform.directory.RegistryEvents;
import org.oas.migration.platform.inbox.InboxFeed;
import org.oas.migration.platform.inbox.Projections;
import org.oas.migration.platform.text.LookupKey;
import org.oas.migration.programs.directory.persistence.OrganizationRenamed;

/**
 * Applies organizations.v1 (organizations, read by the platform's {@link RegistryEvents}) and meetings.v1
 * (resolutions, documents) events to the local copies, as one feed over both topics. An event not newer than the
 * held version changes nothing, so redelivery and replays are harmless. An applied organization event also fires
 * {@link OrganizationRenamed}, so stored activity and programme views show the registry's current names.
 */
@ApplicationScoped
public class DirectoryProjection implements InboxFeed {

    private static final String PREFIX = "org.oas.migration.";

    @Inject
    DirectoryConfig config;

    @Inject
    RegistryEvents registry;

    @Inject
    Projections projections;

    @Inject
    EntityManager em;

    @Inject
    Event<OrganizationRenamed> renamed;

    @Override
    public Optional<Subscription> subscription() {
        return config.enabled() ? Optional.of(new Subscription(config.consumerName(), List.of(config.organizationsTopic(),
                config.meetingsTopic()))) : Optional.empty();
    }

    @Override
    public void handle(CloudEvent event) {
        String type = event.getType();
        boolean deletion = type.endsWith(".deleted");
        if (type.startsWith(PREFIX + "resolution.")) {
            upsert("directory_resolution", projections.read(event), deletion, this::resolutionColumns);
        } else if (type.startsWith(PREFIX + "document.")) {
            upsert("directory_document", projections.read(event), deletion, this::documentColumns);
        } else {
            registry.parse(event).filter(RegistryEvent.Organization.class::isInstance).map(RegistryEvent.Organization.class::cast)
                    .ifPresent(this::apply);
        }
    }

    private void apply(RegistryEvent.Organization organization) {
        if (!upsert("directory_organization", organization.id(), organization.version(), organization.deleted(),
                organizationColumns(organization))) {
            return;
        }
        if (organization.deleted()) {
            recordMerge(organization);
        } else if (organization.names() != null) {
            renamed.fire(new OrganizationRenamed(organization.id(), organization.code(), projections.text(organization.names())));
        }
    }

    private interface Columns {
        /** Column names and values (as text; jsonb columns cast by the caller) of the non-deleted state. */
        List<Object[]> of(JsonNode payload);
    }

    private void upsert(String table, JsonNode payload, boolean deletion, Columns columns) {
        upsert(table, UUID.fromString(payload.get("id").asText()), payload.get("version").asLong(), deletion,
                deletion ? List.of() : columns.of(payload));
    }

    /**
     * @param values the columns of the non-deleted state: name, value (as text), whether it is jsonb
     * @return whether the event was newer than the held row (and so applied)
     */
    private boolean upsert(String table, UUID id, long version, boolean deletion, List<Object[]> values) {
        if (!Projections.isNewer(em, table, id, version)) {
            return false;
        }
        if (deletion) {
            em.createNativeQuery("UPDATE " + table + " SET deleted = true, version = ?2 WHERE id = ?1")
                    .setParameter(1, id).setParameter(2, version).executeUpdate();
            return true;
        }
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
    private void recordMerge(RegistryEvent.Organization organization) {
        if (organization.mergedIntoId() != null) {
            em.createNativeQuery("UPDATE directory_organization SET merged_into_id = ?2 WHERE id = ?1")
                    .setParameter(1, organization.id()).setParameter(2, organization.mergedIntoId()).executeUpdate();
        }
    }

    private List<Object[]> organizationColumns(RegistryEvent.Organization o) {
        if (o.deleted()) {
            return List.of();
        }
        return List.of(column("code", o.code(), false), column("type", o.type(), false), column("names", projections.text(o.names()), true),
                column("acronyms", projections.text(o.acronyms() == null ? Map.of() : o.acronyms()), true),
                column("identifiers", projections.text(o.identifiers()), true));
    }

    private List<Object[]> resolutionColumns(JsonNode p) {
        String symbol = p.hasNonNull("symbol") ? p.get("symbol").asText() : p.path("draftClassification").asText("");
        var paragraphs = JsonNodeFactory.instance.arrayNode();
        for (JsonNode operative : p.path("operative")) {
            paragraphs.addObject().put("id", operative.get("id").asText()).put("number", operative.get("number").asText());
        }
        return List.of(column("symbol", symbol, false), column("symbol_key", LookupKey.of(symbol), false),
                column("title", projections.text(p.get("title")), true), column("paragraphs", projections.text(paragraphs), true));
    }

    private List<Object[]> documentColumns(JsonNode p) {
        String symbol = p.get("symbol").asText();
        return List.of(column("symbol", symbol, false), column("symbol_key", LookupKey.of(symbol), false),
                column("title", projections.text(p.get("title")), true));
    }

    private static Object[] column(String name, String value, boolean jsonb) {
        return new Object[] {name, value, jsonb};
    }
}
