package org.oas.migration.programs.activity.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.oas.migration.programs.directory.persistence.OrganizationRenamed;
import org.oas.migration.programs.persistence.JsonArrays;

/**
 * Keeps the organization names inside stored activity views current when the registry renames an organization:
 * lists pass the stored views through untouched, so the names are rewritten here, once, rather than on every read.
 * Only the cited names change; the activity's version, revisions and events do not (the partner changed nothing).
 */
@ApplicationScoped
public class ActivityOrganizationNames {

    // The GIN index on organization_codes narrows both updates to the organization's activities.
    private static final String REPORTING = """
            UPDATE activity SET view = jsonb_set(view, '{reportingOrganization,name}', cast(?1 AS jsonb))
            WHERE organization_codes @> cast(?3 AS jsonb) AND deleted_at IS NULL AND reporting_org_id = ?2
              AND view #> '{reportingOrganization,name}' IS DISTINCT FROM cast(?1 AS jsonb)""";

    private static final String PARTICIPATING = """
            UPDATE activity SET view = jsonb_set(view, '{participatingOrganizations}', (
                SELECT jsonb_agg(CASE WHEN p #>> '{organization,id}' = cast(?2 AS text)
                                      THEN jsonb_set(p, '{organization,name}', cast(?1 AS jsonb)) ELSE p END ORDER BY n)
                FROM jsonb_array_elements(view -> 'participatingOrganizations') WITH ORDINALITY AS e(p, n)))
            WHERE organization_codes @> cast(?3 AS jsonb) AND deleted_at IS NULL
              AND jsonb_typeof(view -> 'participatingOrganizations') = 'array'
              AND EXISTS (SELECT 1 FROM jsonb_array_elements(view -> 'participatingOrganizations') AS q(p)
                          WHERE p #>> '{organization,id}' = cast(?2 AS text)
                            AND p #> '{organization,name}' IS DISTINCT FROM cast(?1 AS jsonb))""";

    @Inject
    EntityManager em;

    void onRenamed(@Observes OrganizationRenamed renamed) {
        String codes = JsonArrays.of(renamed.code());
        for (String sql : new String[] {REPORTING, PARTICIPATING}) {
            em.createNativeQuery(sql).setParameter(1, renamed.names()).setParameter(2, renamed.id()).setParameter(3, codes).executeUpdate();
        }
    }
}
