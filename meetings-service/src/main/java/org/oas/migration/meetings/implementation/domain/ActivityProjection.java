package org.oas.migration.meetings.implementation.domain;

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
 * Applies programs.v1 activity events: keeps each activity's title, status, reporting organization and the
 * resolution paragraphs it implements. An event not newer than what is held changes nothing.
 */
@ApplicationScoped
public class ActivityProjection {

    private static final String ACTIVITY_EVENT = "org.oas.migration.activity.";

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    public void apply(CloudEvent event) {
        if (!event.getType().startsWith(ACTIVITY_EVENT)) {
            return;
        }
        JsonNode payload = read(event);
        UUID id = UUID.fromString(payload.get("id").asText());
        long version = payload.get("version").asLong();
        boolean deletion = event.getType().endsWith(".deleted");
        @SuppressWarnings("unchecked")
        List<Number> held = em.createNativeQuery("SELECT version FROM implementing_activity WHERE id = ?1 FOR UPDATE")
                .setParameter(1, id).getResultList();
        if (!held.isEmpty() && held.get(0).longValue() >= version) {
            return;
        }
        em.createNativeQuery("""
                INSERT INTO implementing_activity (id, version, deleted, title, status, reporting_organization)
                VALUES (?1, ?2, ?3, cast(?4 AS jsonb), ?5, cast(?6 AS jsonb))
                ON CONFLICT (id) DO UPDATE SET version = excluded.version, deleted = excluded.deleted,
                    title = coalesce(excluded.title, implementing_activity.title), status = coalesce(excluded.status, implementing_activity.status),
                    reporting_organization = coalesce(excluded.reporting_organization, implementing_activity.reporting_organization)""")
                .setParameter(1, id).setParameter(2, version).setParameter(3, deletion)
                .setParameter(4, text(payload.get("title"))).setParameter(5, payload.path("status").asText(null))
                .setParameter(6, text(payload.get("reportingOrganization"))).executeUpdate();
        em.createNativeQuery("DELETE FROM implementing_activity_mandate WHERE activity_id = ?1").setParameter(1, id).executeUpdate();
        if (!deletion) {
            for (JsonNode mandate : payload.path("mandates")) {
                UUID resolutionId = uuid(mandate.get("resolutionId"));
                if (resolutionId != null) {
                    em.createNativeQuery("INSERT INTO implementing_activity_mandate (activity_id, resolution_id, paragraph_id) VALUES (?1, ?2, ?3)")
                            .setParameter(1, id).setParameter(2, resolutionId).setParameter(3, uuid(mandate.get("paragraphId")))
                            .executeUpdate();
                }
            }
        }
    }

    private static UUID uuid(JsonNode node) {
        return node == null || node.isNull() ? null : UUID.fromString(node.asText());
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
