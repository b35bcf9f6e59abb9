package org.oas.migration.platform.sql;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
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

    /** Re-indexes {@code table}'s rows below {@link #VERSION}, a transaction per batch; returns how many. */
    public static int run(EntityManager em, String table, Function<UUID, Texts> texts) {
        int total = 0;
        int done;
        do {
            done = QuarkusTransaction.requiringNew().call(() -> batch(em, table, texts));
            total += done;
        } while (done == BATCH);
        if (total > 0) {
            LOG.infof("Re-indexed the search text of %d %s rows", total, table);
        }
        return total;
    }

    private static int batch(EntityManager em, String table, Function<UUID, Texts> texts) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("SELECT id FROM " + table + " WHERE search_indexed < ?1 ORDER BY id LIMIT " + BATCH, UUID.class)
                .setParameter(1, VERSION).getResultList();
        for (UUID id : ids) {
            Texts t = texts.apply(id);
            em.createNativeQuery("UPDATE " + table + " SET search_en = ?1, search_es = ?2, search_indexed = ?3 WHERE id = ?4")
                    .setParameter(1, t.en()).setParameter(2, t.es()).setParameter(3, VERSION).setParameter(4, id).executeUpdate();
        }
        return ids.size();
    }
}
