package org.oas.migration.meetings.implementation.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/** Reads the activity projection (programs.v1) for one resolution. */
@ApplicationScoped
public class ImplementingActivities {

    @Inject
    EntityManager em;

    /** A live activity naming the resolution as its mandate; paragraphId null when it cites the resolution as a whole. */
    public record Row(UUID paragraphId, UUID activityId, String titleJson, String status, String reportingOrganizationJson) {
    }

    @SuppressWarnings("unchecked")
    public List<Row> of(UUID resolutionId) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT m.paragraph_id, a.id, cast(a.title AS text), a.status, cast(a.reporting_organization AS text)
                FROM implementing_activity_mandate m JOIN implementing_activity a ON a.id = m.activity_id
                WHERE m.resolution_id = ?1 AND NOT a.deleted ORDER BY a.id""")
                .setParameter(1, resolutionId).getResultList();
        return rows.stream().map(r -> new Row((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], (String) r[4])).toList();
    }
}
