package org.oas.migration.platform.sql;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Rebuilds the stored search texts ({@code search_en}, {@code search_es}) of rows indexed by an older version of the
 * services' indexing, at start-up: the texts are assembled in Java ({@link org.oas.migration.platform.text.SearchText}),
 * so no SQL migration can redo them. A row's {@code search_indexed} says which version built its texts; the migration
 * adding it gives existing rows 0 and new rows {@link #VERSION} (its default), and this brings the rest up to it.
 * Only the search columns change: versions, revisions and events do not (the resource did not change).
 */
public final class SearchReindex {

    /** The indexing version; when it changes, a migration moves every search_indexed column's default to it. */
    public static final short VERSION = 1;

    private static final Logger LOG = Logger.getLogger(SearchReindex.class);
    private static final int BATCH = 200;

    /** A row's texts in English and Spanish, as the service now builds them. */
    public record Texts(String en, String es) {
    }

    private SearchReindex() {
    }

    /** Re-indexes {@code table}'s rows below {@link #VERSION} (their search_en and search_es), a transaction per batch; returns how many. */
    public static int run(EntityManager em, String table, Function<UUID, Texts> texts) {
        return run(em, table, "search_en = ?1, search_es = ?2", id -> {
            Texts t = texts.apply(id);
            return List.of(t.en(), t.es());
        });
    }

    /**
     * Re-indexes {@code table}'s rows below {@link #VERSION}: {@code assignments} (such as {@code search_name = ?1}) with
     * the row's {@code values} bound in order, a transaction per batch; returns how many.
     */
    public static int run(EntityManager em, String table, String assignments, Function<UUID, List<Object>> values) {
        int total = 0;
        int done;
        do {
            done = QuarkusTransaction.requiringNew().call(() -> batch(em, table, assignments, values));
            total += done;
        } while (done == BATCH);
        if (total > 0) {
            LOG.infof("Re-indexed the search text of %d %s rows", total, table);
        }
        return total;
    }

    private static int batch(EntityManager em, String table, String assignments, Function<UUID, List<Object>> values) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("SELECT id FROM " + table + " WHERE search_indexed < ?1 ORDER BY id LIMIT " + BATCH, UUID.class)
                .setParameter(1, VERSION).getResultList();
        for (UUID id : ids) {
            List<Object> row = values.apply(id);
            Query update = em.createNativeQuery("UPDATE " + table + " SET " + assignments + ", search_indexed = ?" + (row.size() + 1)
                    + " WHERE id = ?" + (row.size() + 2));
            for (int i = 0; i < row.size(); i++) {
                update.setParameter(i + 1, row.get(i));
            }
            update.setParameter(row.size() + 1, VERSION).setParameter(row.size() + 2, id).executeUpdate();
        }
        return ids.size();
    }
}
