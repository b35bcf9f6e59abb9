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

    /**
     * A live activity naming the resolution as its mandate; paragraphId null when it cites the resolution as a whole;
     * inGroup: how many live activities the same paragraph (or the whole resolution) has in all.
     */
    public record Row(UUID paragraphId, UUID activityId, String titleJson, String status, String reportingOrganizationJson,
                      long inGroup) {
    }

    /** At most {@code perGroup} activities per paragraph (and for the whole resolution), the first by id. */
    @SuppressWarnings("unchecked")
    public List<Row> of(UUID resolutionId, int perGroup) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT paragraph_id, id, title, status, organization, in_group FROM (
                    SELECT m.paragraph_id, a.id, cast(a.title AS text) AS title, a.status,
                           cast(a.reporting_organization AS text) AS organization,
                           count(*) OVER paragraph AS in_group, row_number() OVER (paragraph ORDER BY a.id) AS position
                    FROM implementing_activity_mandate m JOIN implementing_activity a ON a.id = m.activity_id
                    WHERE m.resolution_id = ?1 AND NOT a.deleted
                    WINDOW paragraph AS (PARTITION BY m.paragraph_id)) grouped
                WHERE position <= ?2 ORDER BY id""")
                .setParameter(1, resolutionId).setParameter(2, perGroup).getResultList();
        return rows.stream().map(r -> new Row((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], (String) r[4],
                ((Number) r[5]).longValue())).toList();
    }
}
