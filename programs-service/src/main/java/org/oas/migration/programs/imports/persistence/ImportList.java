package org.oas.migration.programs.imports.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import org.oas.migration.platform.paging.KeyType;
import org.oas.migration.platform.paging.Page;
import org.oas.migration.platform.paging.PageRequest;
import org.oas.migration.platform.sql.KeysetOrder;
import org.oas.migration.platform.sql.SqlQuery;

/** Lists of imports, newest first (by the v7 id), keyset-paged: all of them, or one organization's. */
@ApplicationScoped
public class ImportList {

    private static final KeysetOrder NEWEST = KeysetOrder.named("imports-newest").descending("i.id", KeyType.UUID).build();

    @Inject
    EntityManager em;

    /**
     * @param organization  only this partner organization's imports (code), or null for every import
     * @param updatedSince  only imports that changed at or after this time (finished then, or not finished yet), or null
     */
    @SuppressWarnings("unchecked")
    public Page<ImportEntity> page(String organization, OffsetDateTime updatedSince, PageRequest page) {
        SqlQuery query = new SqlQuery("SELECT i.* FROM bulk_import i");
        if (organization != null) {
            query.where("i.organization = ?", organization);
        }
        if (updatedSince != null) {
            // An import changes until it completes (its counts grow batch by batch), then never again.
            query.where("(i.completed_at IS NULL OR i.completed_at >= ?)", updatedSince);
        }
        NEWEST.apply(query, page);
        List<ImportEntity> rows = query.build(em, ImportEntity.LIST_ROW).getResultList();
        return NEWEST.page(rows, page, row -> new Object[] {row.id});
    }
}
