package org.oas.migration.meetings.support.persistence;

import io.quarkus.hibernate.orm.panache.Panache;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.Session;
import org.oas.migration.platform.model.VersionedEntity;
import org.oas.migration.platform.paging.FacetValue;
import org.oas.migration.platform.paging.KeyType;
import org.oas.migration.platform.paging.Page;
import org.oas.migration.platform.paging.PageRequest;
import org.oas.migration.platform.sql.KeysetOrder;
import org.oas.migration.platform.sql.SqlQuery;

/**
 * The list query shared by meetings, resolutions and documents: newest first (by a date expression, then id,
 * both descending); with {@code q}, by relevance in English or Spanish (then id descending), with the best
 * matching fragment. Keyset pagination by a row comparison that an ascending (date, id) index answers when
 * scanned backwards, so the last page costs what the first does. Filters with a null value filter nothing.
 */
public final class DatedListQuery {

    private final SearchLanguage language;
    private final String q;
    private final KeysetOrder order;
    private final SqlQuery query;
    /** The same rows, whole and unordered: what facets count. */
    private final SqlQuery rows;

    /**
     * @param table          table name, aliased {@code t} in filters
     * @param dateExpression non-null date expression over {@code t}, e.g. {@code coalesce(t.date, date '0001-01-01')}
     * @param dateColumn     the column {@code filter.dates()} bounds
     */
    public DatedListQuery(String table, String dateExpression, String dateColumn, DatedFilter filter) {
        this(table, dateExpression, filter.lang(), filter.q());
        when(filter.dates().from(), dateColumn + " >= ?");
        when(filter.dates().to(), dateColumn + " <= ?");
        when(filter.updatedSince(), "t.updated_at >= ?");
    }

    private DatedListQuery(String table, String dateExpression, String lang, String q) {
        this.language = SearchLanguage.of(lang);
        this.q = q;
        String tsquery = language.tsquery();
        this.order = q == null
                ? KeysetOrder.named(table + "-newest").descending(dateExpression, KeyType.DATE).descending("t.id", KeyType.UUID).build()
                : KeysetOrder.named(table + "-by-relevance").descending("ts_rank(t.search, " + tsquery + ")", KeyType.RANK, q, q)
                        .descending("t.id", KeyType.UUID).build();
        this.query = q == null
                ? new SqlQuery("SELECT t.*, to_char(" + dateExpression + ", 'YYYY-MM-DD') AS sort_key, NULL AS fragment FROM " + table + " t")
                : new SqlQuery("SELECT t.*, cast(ts_rank(t.search, " + tsquery + ") AS text) AS sort_key, "
                        + "ts_headline('" + language.config() + "', t." + language.column() + ", " + tsquery
                        + ", 'MaxFragments=1, MinWords=5, MaxWords=18, StartSel=«, StopSel=»') AS fragment FROM " + table + " t",
                        q, q, q, q);
        this.rows = new SqlQuery("SELECT t.* FROM " + table + " t");
        where("t.deleted_at IS NULL");
        if (q != null) {
            where("t.search @@ " + tsquery, q, q);
        }
    }

    private void where(String clause, Object... values) {
        query.where(clause, values);
        rows.where(clause, values);
    }

    /** Adds the clause, binding {@code value} to each of its {@code ?}, unless the value is null (not filtered). */
    public DatedListQuery when(Object value, String clause) {
        if (value != null) {
            Object[] values = new Object[(int) clause.chars().filter(c -> c == '?').count()];
            java.util.Arrays.fill(values, value);
            where(clause, values);
        }
        return this;
    }

    /** How many rows the list holds. */
    public long count() {
        return Panache.getEntityManager().unwrap(Session.class).doReturningWork(rows::count);
    }

    /** How many of the list's rows have each value of {@code keyExpression} (see {@link SqlQuery#groupCounts}). */
    public List<FacetValue> facet(String keyExpression) {
        return Panache.getEntityManager().unwrap(Session.class).doReturningWork(c -> rows.groupCounts(c, keyExpression));
    }

    /** Entities with their fragments, keyset-paged; the cursor is (date or rank, id). */
    @SuppressWarnings("unchecked")
    public <T extends VersionedEntity> Page<Listed<T>> page(PageRequest page, String resultMapping) {
        order.apply(query, page);
        List<Object[]> rows = query.build(Panache.getEntityManager(), resultMapping).getResultList();
        return order.page(rows, page, row -> new Object[] {
                q == null ? LocalDate.parse((String) row[1]) : Float.parseFloat((String) row[1]), ((VersionedEntity) row[0]).id})
                .map(row -> new Listed<>((T) row[0], (String) row[2]));
    }
}
