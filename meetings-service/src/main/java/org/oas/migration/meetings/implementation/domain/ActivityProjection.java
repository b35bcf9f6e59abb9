package org.oas.migration.meetings.implementation.domain;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.UUID;
import org.oas.migration.platform.inbox.InboxFeed;
import org.oas.migration.platform.inbox.Projections;

/**
 * Applies programs.v1 activity events, as a feed of its own: keeps each activity's title, status, reporting organization
 * and the resolution paragraphs it implements. An event not newer than what is held changes nothing.
 */
@ApplicationScoped
public class ActivityProjection implements InboxFeed {

    private static final String ACTIVITY_EVENT = "org.oas.migration.activity.";

    @Inject
    ImplementationConfig config;

    @Inject
    Projections projections;

    @Inject
    EntityManager em;

    @Override
    public Optional<Subscription> subscription() {
        return Subscription.of(config.enabled(), config.consumerName(), config.topic());
    }

    @Override
    public void handle(CloudEvent event) {
        if (!event.getType().startsWith(ACTIVITY_EVENT)) {
            return;
        }
        JsonNode payload = projections.read(event);
        UUID id = UUID.fromString(payload.get("id").asText());
        long version = payload.get("version").asLong();
        boolean deletion = event.getType().endsWith(".deleted");
        if (!Projections.isNewer(em, "implementing_activity", id, version)) {
            return;
        }
        em.createNativeQuery("""
                INSERT INTO implementing_activity (id, version, deleted, title, status, reporting_organization)
                VALUES (?1, ?2, ?3, cast(?4 AS jsonb), ?5, cast(?6 AS jsonb))
                ON CONFLICT (id) DO UPDATE SET version = excluded.version, deleted = excluded.deleted,
                    title = coalesce(excluded.title, implementing_activity.title), status = coalesce(excluded.status, implementing_activity.status),
                    reporting_organization = coalesce(excluded.reporting_organization, implementing_activity.reporting_organization)""")
                .setParameter(1, id).setParameter(2, version).setParameter(3, deletion)
                .setParameter(4, projections.text(payload.get("title"))).setParameter(5, payload.path("status").asText(null))
                .setParameter(6, projections.text(payload.get("reportingOrganization"))).executeUpdate();
        em.createNativeQuery("DELETE FROM implementing_activity_mandate WHERE activity_id = ?1").setParameter(1, id).executeUpdate();
        if (!deletion) {
            for (JsonNode mandate : payload.path("mandates")) {
                UUID resolutionId = Projections.uuid(mandate.get("resolutionId"));
                if (resolutionId != null) {
                    em.createNativeQuery("INSERT INTO implementing_activity_mandate (activity_id, resolution_id, paragraph_id) VALUES (?1, ?2, ?3)")
                            .setParameter(1, id).setParameter(2, resolutionId).setParameter(3, Projections.uuid(mandate.get("paragraphId")))
                            .executeUpdate();
                }
            }
        }
    }
}
