package org.oas.migration.programs.activity.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.oas.migration.platform.paging.KeyType;
import org.oas.migration.platform.paging.Keyset;
import org.oas.migration.platform.paging.Page;
import org.oas.migration.platform.paging.PageRequest;

/** An activity's revisions, newest first, keyset-paged by version. */
@ApplicationScoped
public class ActivityRevisionList {

    private static final Keyset NEWEST_FIRST = Keyset.of("activity-revisions-newest", KeyType.LONG);

    @Inject
    EntityManager em;

    public Page<ActivityRevisionEntity> page(UUID activityId, PageRequest page) {
        long before = (Long) NEWEST_FIRST.after(page).stream().findFirst().orElse(Long.MAX_VALUE);
        List<ActivityRevisionEntity> rows = em.createQuery("FROM ActivityRevisionEntity r WHERE r.activityId = :activity "
                        + "AND r.version < :before ORDER BY r.version DESC", ActivityRevisionEntity.class)
                .setParameter("activity", activityId).setParameter("before", before)
                .setMaxResults(page.fetchSize()).getResultList();
        return Page.of(rows, page, revision -> NEWEST_FIRST.cursor(revision.version));
    }
}
