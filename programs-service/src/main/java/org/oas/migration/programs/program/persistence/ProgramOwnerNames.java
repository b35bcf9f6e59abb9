package org.oas.migration.programs.program.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.oas.migration.programs.directory.persistence.OrganizationRenamed;

/**
 * Keeps the owner's names inside stored programme views current when the registry renames the organization (lists
 * pass stored views through untouched). The programme's version and events do not change: its owner changed nothing.
 */
@ApplicationScoped
public class ProgramOwnerNames {

    private static final String OWNER = """
            UPDATE program SET view = jsonb_set(view, '{owner,name}', cast(?1 AS jsonb))
            WHERE owner_code = ?2 AND deleted_at IS NULL AND view #> '{owner,name}' IS DISTINCT FROM cast(?1 AS jsonb)""";

    @Inject
    EntityManager em;

    void onRenamed(@Observes OrganizationRenamed renamed) {
        em.createNativeQuery(OWNER).setParameter(1, renamed.names()).setParameter(2, renamed.code()).executeUpdate();
    }
}
