package org.oas.migration.programs.persistence;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.Session;
import org.oas.migration.platform.paging.FacetValue;
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

    /** One row: the stored view (JSON text as UTF-8), its relevance (with q, else null) and its sort key (with a sort). */
    public record Row(UUID id, byte[] view, Float rank, Object sortKey) {
    }

    /**
     * An ordering a {@code sort} parameter picks: a key expression over {@code t} that is never null (coalesce it), its
     * type, its direction; rows of equal keys follow by id in the same direction.
     */
    public record SortKey(String name, String expression, KeyType type, boolean descending) {
    }

    /** How a row's JSON is rendered: a SQL expression over the row (alias {@code t}) and the values it binds. */
    public record View(String expression, List<Object> values) {

        /** The stored public view, as it is. */
        public static final View STORED = new View("t.view", List.of());
    }

    private final String q;
    private final SortKey sort;
    private final KeysetOrder order;
    private final SqlQuery query;
    /** The same rows, whole and unordered: what facets count. */
    private final SqlQuery rows;

    public ViewQuery(String table, String language, String q) {
        this(table, View.STORED, language, q);
    }

    public ViewQuery(String table, View view, String language, String q) {
        this(table, view, language, q, null);
    }

    /** @param sort an ordering asked for ({@code sort=}), or null: newest first, by relevance with {@code q} */
    public ViewQuery(String table, View view, String language, String q, SortKey sort) {
        this.q = TextSearch.query(q);
        this.sort = sort;
        String tsquery = TextSearch.tsquery(language);
        this.order = sort != null ? sorted(table, sort)
                : q == null
                ? KeysetOrder.named(table + "-newest").descending("t.id", KeyType.UUID).build()
                : KeysetOrder.named(table + "-by-relevance").descending("ts_rank(t.search, " + tsquery + ")", KeyType.RANK, this.q)
                        .selectedAs("relevance").descending("t.id", KeyType.UUID).build();
        List<Object> values = new ArrayList<>(view.values());
        if (q != null) {
            values.add(this.q);
        }
        this.query = new SqlQuery("SELECT t.id, cast(" + view.expression() + " AS text), "
                + (q == null ? "NULL" : "ts_rank(t.search, " + tsquery + ") AS relevance")
                + (sort == null ? ", NULL" : ", " + sort.expression() + " AS sort_key") + " FROM " + table + " t", values.toArray());
        this.rows = new SqlQuery("SELECT t.* FROM " + table + " t");
        where("t.deleted_at IS NULL");
        if (q != null) {
            where("t.search @@ " + tsquery, this.q);
        }
    }

    private static KeysetOrder sorted(String table, SortKey sort) {
        KeysetOrder.Builder order = KeysetOrder.named(table + "-by-" + sort.name() + (sort.descending() ? "-desc" : ""));
        if (sort.descending()) {
            order.descending(sort.expression(), sort.type()).selectedAs("sort_key").descending("t.id", KeyType.UUID);
        } else {
            order.ascending(sort.expression(), sort.type()).selectedAs("sort_key").ascending("t.id", KeyType.UUID);
        }
        return order.build();
    }

    public ViewQuery where(String clause, Object... values) {
        query.where(clause, values);
        rows.where(clause, values);
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

    /** How many of the list's rows have each value of {@code keyExpression} (see {@link SqlQuery#groupCounts}). */
    public List<FacetValue> facet(EntityManager em, String keyExpression) {
        return em.unwrap(Session.class).doReturningWork(connection -> rows.groupCounts(connection, keyExpression));
    }

    public Page<Row> page(EntityManager em, PageRequest page) {
        order.apply(query, page);
        List<Row> pageRows = em.unwrap(Session.class).doReturningWork(connection -> {
            List<Row> read = new ArrayList<>(page.fetchSize());
            try (PreparedStatement statement = query.prepare(connection); ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    read.add(new Row(rs.getObject(1, UUID.class), rs.getBytes(2), q == null ? null : rs.getFloat(3), sortKey(rs)));
                }
            }
            return read;
        });
        return order.page(pageRows, page, row -> sort != null ? new Object[] {row.sortKey(), row.id()}
                : q == null ? new Object[] {row.id()} : new Object[] {row.rank(), row.id()});
    }

    private Object sortKey(ResultSet rs) throws java.sql.SQLException {
        if (sort == null) {
            return null;
        }
        return sort.type() == KeyType.DATE ? rs.getObject(4, java.time.LocalDate.class) : rs.getString(4);
    }
}
