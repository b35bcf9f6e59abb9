package org.oas.migration.platform.sql;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.hibernate.jpa.HibernateHints;
import java.util.ArrayList;
import java.util.List;
import org.oas.migration.platform.paging.FacetValue;

/**
 * A native SQL query assembled from optional filters. Clauses use {@code ?} placeholders, numbered on build,
 * so values are always bound, never concatenated.
 */
public final class SqlQuery {

    private final StringBuilder select;
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();
    private String tail = "";

    /** @param select the SELECT ... FROM ... part, which may bind values of its own (a search query, say) */
    public SqlQuery(String select, Object... values) {
        this.select = new StringBuilder(select);
        parameters.addAll(List.of(values));
    }

    public SqlQuery where(String clause, Object... values) {
        conditions.add(clause);
        parameters.addAll(List.of(values));
        return this;
    }

    /** ORDER BY / LIMIT and the like, appended after the conditions; may bind values too. */
    public SqlQuery then(String clause, Object... values) {
        tail = tail + " " + clause;
        parameters.addAll(List.of(values));
        return this;
    }

    public Query build(EntityManager em) {
        return bind(em.createNativeQuery(sql()));
    }

    /**
     * With a {@code @SqlResultSetMapping} naming entities and extra columns. The entities are read-only: list
     * pages are never changed, and Hibernate then keeps no snapshot copies of them (JSON columns are costly to copy).
     */
    public Query build(EntityManager em, String resultSetMapping) {
        return bind(em.createNativeQuery(sql(), resultSetMapping)).setHint(HibernateHints.HINT_READ_ONLY, true);
    }

    public String sql() {
        return number(jdbcSql());
    }

    /** With plain {@code ?} placeholders, as JDBC takes them. */
    private String jdbcSql() {
        return select + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions)) + tail;
    }

    /** As plain JDBC on the given connection, for hot read paths that map rows themselves. */
    public java.sql.PreparedStatement prepare(java.sql.Connection connection) throws java.sql.SQLException {
        return prepare(connection, jdbcSql());
    }

    /** {@code sql} (this query wrapped in another) with this query's values bound. */
    private java.sql.PreparedStatement prepare(java.sql.Connection connection, String sql) throws java.sql.SQLException {
        java.sql.PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }

    /** As plain JDBC: the number of rows this query selects (build it without ORDER BY or LIMIT). */
    public long count(java.sql.Connection connection) throws java.sql.SQLException {
        try (java.sql.PreparedStatement statement = prepare(connection, "SELECT count(*) FROM (" + jdbcSql() + ") counted")) {
            try (java.sql.ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * As plain JDBC: how many of the rows this query selects have each value of {@code keyExpression}, most
     * frequent first, then by value, the first {@link FacetValue#MOST} values; rows without a value are left out. The query is the derived table {@code t},
     * so build it as {@code SELECT t.* FROM <table> t} and the expression may read any column, or return a set
     * (e.g. {@code jsonb_array_elements_text(t.countries)}: a row then counts once under each of its values).
     */
    public List<FacetValue> groupCounts(java.sql.Connection connection, String keyExpression) throws java.sql.SQLException {
        String sql = "SELECT k, count(*) FROM (SELECT cast(" + keyExpression + " AS text) AS k FROM (" + jdbcSql()
                + ") t) f WHERE k IS NOT NULL GROUP BY k ORDER BY 2 DESC, 1 LIMIT " + FacetValue.MOST;
        try (java.sql.PreparedStatement statement = prepare(connection, sql)) {
            List<FacetValue> counts = new ArrayList<>();
            try (java.sql.ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    counts.add(new FacetValue(rs.getString(1), rs.getLong(2)));
                }
            }
            return counts;
        }
    }

    private Query bind(Query query) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    private static String number(String sql) {
        StringBuilder numbered = new StringBuilder(sql.length() + 16);
        int index = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            // "?|", "?&" and "??" are PostgreSQL operators, not placeholders.
            boolean operator = i + 1 < sql.length() && "|&?".indexOf(sql.charAt(i + 1)) >= 0;
            if (c == '?' && !operator) {
                numbered.append('?').append(++index);
            } else {
                numbered.append(c);
            }
        }
        return numbered.toString();
    }
}
