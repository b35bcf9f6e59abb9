package org.oas.migration.programs.activity.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.oas.migration.platform.sql.SearchReindex;
import org.oas.migration.programs.directory.persistence.OrganizationRenamed;
import org.oas.migration.programs.persistence.JsonArrays;

/**
 * Keeps the organization names and acronyms inside activities' search texts current when the registry renames an
 * organization (or changes its acronyms): the activities naming it are re-indexed in the event's transaction. As with
 * the names in the views, the activity's version, revisions and events do not change.
 */
@ApplicationScoped
public class ActivitySearchTerms {

    @Inject
    EntityManager em;

    @Inject
    ActivityService activities;

    void onRenamed(@Observes OrganizationRenamed renamed) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("SELECT id FROM activity WHERE organization_codes @> cast(?1 AS jsonb) AND deleted_at IS NULL", UUID.class)
                .setParameter(1, JsonArrays.of(renamed.code())).getResultList();
        for (UUID id : ids) {
            SearchReindex.Texts texts = activities.searchTexts(id);
            em.createNativeQuery("UPDATE activity SET search_en = ?1, search_es = ?2 WHERE id = ?3 AND (search_en <> ?1 OR search_es <> ?2)")
                    .setParameter(1, texts.en()).setParameter(2, texts.es()).setParameter(3, id).executeUpdate();
        }
    }
}
