package org.oas.migration.programs.support;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;
import org.oas.migration.platform.paging.PageRequest;
import org.oas.migration.platform.sql.SqlQuery;
import org.oas.migration.platform.sql.TextSearch;

/**
 * A keyset list over a table that stores each resource's public view as jsonb: newest first (by the v7 id); with
 * {@code q}, by relevance in the request language, then id. Rows are read with plain JDBC and the stored JSON is
 * passed through untouched, so a page costs one index scan and no entity loading.
 */
public final class ViewQuery {

    /** One row: the stored view (JSON text as UTF-8) and its cursor key (rank with q, else null). */
    public record Row(UUID id, byte[] view, String rank) {
    }

    /** How a row's JSON is rendered: a SQL expression over the row (alias {@code t}) and the values it binds. */
    public record View(String expression, List<Object> values) {

        /** The stored public view, as it is. */
        public static final View STORED = new View("t.view", List.of());
    }

    private final String language;
    private final String q;
    private final SqlQuery query;

    public ViewQuery(String table, String language, String q) {
        this(table, View.STORED, language, q);
    }

    public ViewQuery(String table, View view, String language, String q) {
        this.language = language;
        this.q = q;
        String tsquery = TextSearch.tsquery(language);
        List<Object> values = new ArrayList<>(view.values());
        if (q != null) {
            values.addAll(List.of(q, q));
        }
        this.query = new SqlQuery("SELECT t.id, cast(" + view.expression() + " AS text), "
                + (q == null ? "NULL" : "cast(ts_rank(t.search, " + tsquery + ") AS text)") + " FROM " + table + " t", values.toArray());
        query.where("t.deleted_at IS NULL");
        if (q != null) {
            query.where("t.search @@ " + tsquery, q, q);
        }
    }

    public ViewQuery where(String clause, Object... values) {
        query.where(clause, values);
        return this;
    }

    public List<Row> page(EntityManager em, PageRequest page) {
        String rank = "ts_rank(t.search, " + TextSearch.tsquery(language) + ")";
        if (!page.isFirst()) {
            UUID lastId = UUID.fromString(page.after().get(1));
            if (q == null) {
                query.where("t.id < ?", lastId);
            } else {
                query.where("(" + rank + ", t.id) < (?, ?)", q, q, Float.parseFloat(page.after().get(0)), lastId);
            }
        }
        if (q == null) {
            query.then("ORDER BY t.id DESC LIMIT ?", page.fetchSize());
        } else {
            query.then("ORDER BY " + rank + " DESC, t.id DESC LIMIT ?", q, q, page.fetchSize());
        }
        return em.unwrap(Session.class).doReturningWork(connection -> {
            List<Row> rows = new ArrayList<>(page.fetchSize());
            try (PreparedStatement statement = query.prepare(connection); ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getObject(1, UUID.class), rs.getBytes(2), rs.getString(3)));
                }
            }
            return rows;
        });
    }
}
