package org.oas.migration.programs.persistence;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.Session;
import org.oas.migration.platform.paging.KeyType;
import org.oas.migration.platform.paging.Page;
import org.oas.migration.platform.paging.PageRequest;
import org.oas.migration.platform.sql.KeysetOrder;
import org.oas.migration.platform.sql.SqlQuery;
import org.oas.migration.platform.sql.TextSearch;

/**
 * A keyset list over a table that stores each resource's public view as jsonb: newest first (by the v7 id); with
 * {@code q}, by relevance in the request language, then id. Rows are read with plain JDBC and the stored JSON is
 * passed through untouched, so a page costs one index scan and no entity loading.
 */
public final class ViewQuery {

    /** One row: the stored view (JSON text as UTF-8) and its relevance (with q, else null). */
    public record Row(UUID id, byte[] view, Float rank) {
    }

    /** How a row's JSON is rendered: a SQL expression over the row (alias {@code t}) and the values it binds. */
    public record View(String expression, List<Object> values) {

        /** The stored public view, as it is. */
        public static final View STORED = new View("t.view", List.of());
    }

    private final String q;
    private final KeysetOrder order;
    private final SqlQuery query;

    public ViewQuery(String table, String language, String q) {
        this(table, View.STORED, language, q);
    }

    public ViewQuery(String table, View view, String language, String q) {
        this.q = TextSearch.query(q);
        String tsquery = TextSearch.tsquery(language);
        this.order = q == null
                ? KeysetOrder.named(table + "-newest").descending("t.id", KeyType.UUID).build()
                : KeysetOrder.named(table + "-by-relevance").descending("ts_rank(t.search, " + tsquery + ")", KeyType.RANK, this.q)
                        .selectedAs("relevance").descending("t.id", KeyType.UUID).build();
        List<Object> values = new ArrayList<>(view.values());
        if (q != null) {
            values.add(this.q);
        }
        this.query = new SqlQuery("SELECT t.id, cast(" + view.expression() + " AS text), "
                + (q == null ? "NULL" : "ts_rank(t.search, " + tsquery + ") AS relevance") + " FROM " + table + " t", values.toArray());
        query.where("t.deleted_at IS NULL");
        if (q != null) {
            query.where("t.search @@ " + tsquery, this.q);
        }
    }

    public ViewQuery where(String clause, Object... values) {
        query.where(clause, values);
        return this;
    }

    /** A condition on a filter's value, when the filter gives one (null: no condition). */
    public ViewQuery whereGiven(Object value, String clause) {
        return whereGiven(value, clause, v -> v);
    }

    /** A condition on a filter's value as the column stores it ({@code toColumn}), when the filter gives one. */
    public <T> ViewQuery whereGiven(T value, String clause, Function<T, Object> toColumn) {
        return value == null ? this : where(clause, toColumn.apply(value));
    }

    /** How many rows the list holds (no page read, no order). */
    public long count(EntityManager em) {
        return em.unwrap(Session.class).doReturningWork(query::count);
    }

    public Page<Row> page(EntityManager em, PageRequest page) {
        order.apply(query, page);
        List<Row> rows = em.unwrap(Session.class).doReturningWork(connection -> {
            List<Row> read = new ArrayList<>(page.fetchSize());
            try (PreparedStatement statement = query.prepare(connection); ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    read.add(new Row(rs.getObject(1, UUID.class), rs.getBytes(2), q == null ? null : rs.getFloat(3)));
                }
            }
            return read;
        });
        return order.page(rows, page, row -> q == null ? new Object[] {row.id()} : new Object[] {row.rank(), row.id()});
    }
}
