package org.oas.migration.meetings.support.persistence;

import io.quarkus.hibernate.orm.panache.Panache;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.oas.migration.platform.model.VersionedEntity;
import org.oas.migration.platform.paging.FacetValue;
import org.oas.migration.platform.paging.KeyType;
import org.oas.migration.platform.paging.Page;
import org.oas.migration.platform.paging.PageRequest;
import org.oas.migration.platform.paging.Sort;
import org.oas.migration.platform.sql.KeysetOrder;
import org.oas.migration.platform.sql.SqlQuery;
import org.oas.migration.platform.sql.TextSearch;

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

    /** The orderings {@code sort} may ask for: by date, oldest or newest first, whatever {@code q} (undated last). */
    public static final List<String> SORTS = List.of("date", "-date");

    private final boolean byDate;

    /**
     * @param table      table name, aliased {@code t} in filters
     * @param dateColumn the date the list is ordered by and {@code filter.dates()} bounds
     * @param undated    whether that date may be null (such rows come last in either direction)
     * @param sort       {@code sort=date} or {@code -date}, or null: newest first, by relevance with q
     */
    public DatedListQuery(String table, String dateColumn, boolean undated, DatedFilter filter, Sort sort) {
        this.language = SearchLanguage.of(filter.lang());
        String asked = filter.q();
        this.q = TextSearch.query(asked);
        String tsquery = TextSearch.tsquery(filter.lang() == null ? "en" : filter.lang());
        boolean ascending = sort != null && !sort.descending();
        this.byDate = asked == null || sort != null;
        // As the keyset indexes are declared: the bare column, or coalesced the way the index says.
        String date = !undated ? dateColumn : "coalesce(" + dateColumn + ", date '" + (ascending ? "9999-12-31" : "0001-01-01") + "')";
        this.order = !byDate
                ? KeysetOrder.named(table + "-by-relevance").descending("ts_rank(t.search, " + tsquery + ")", KeyType.RANK, q)
                        .descending("t.id", KeyType.UUID).build()
                : ascending
                ? KeysetOrder.named(table + "-oldest").ascending(date, KeyType.DATE).ascending("t.id", KeyType.UUID).build()
                : KeysetOrder.named(table + "-newest").descending(date, KeyType.DATE).descending("t.id", KeyType.UUID).build();
        List<Object> values = new ArrayList<>();
        String sortKey = byDate ? "to_char(" + date + ", 'YYYY-MM-DD')" : "cast(ts_rank(t.search, " + tsquery + ") AS text)";
        if (!byDate) {
            values.add(q);
        }
        String fragment = "NULL";
        if (asked != null) {
            // The fragment comes from the asked language's text when it matches there, else from the other language's.
            SearchLanguage other = language.other();
            fragment = "CASE WHEN to_tsvector('" + language.config() + "', t." + language.column() + ") @@ " + tsquery
                    + " OR NOT to_tsvector('" + other.config() + "', t." + other.column() + ") @@ " + tsquery
                    + " THEN " + headline(language, tsquery) + " ELSE " + headline(other, tsquery) + " END";
            values.addAll(List.of(q, q, q, q));
        }
        this.query = new SqlQuery("SELECT t.*, " + sortKey + " AS sort_key, " + fragment + " AS fragment FROM " + table + " t",
                values.toArray());
        this.rows = new SqlQuery("SELECT t.* FROM " + table + " t");
        where("t.deleted_at IS NULL");
        if (asked != null) {
            where("t.search @@ " + tsquery, q);
        }
        when(filter.dates().from(), dateColumn + " >= ?");
        when(filter.dates().to(), dateColumn + " <= ?");
        when(filter.updatedSince(), "t.updated_at >= ?");
    }

    private void where(String clause, Object... values) {
        query.where(clause, values);
        rows.where(clause, values);
    }

    private static String headline(SearchLanguage language, String tsquery) {
        return "ts_headline('" + language.config() + "', t." + language.column() + ", " + tsquery
                + ", 'MaxFragments=1, MinWords=5, MaxWords=18, StartSel=«, StopSel=»')";
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
                byDate ? LocalDate.parse((String) row[1]) : Float.parseFloat((String) row[1]), ((VersionedEntity) row[0]).id})
                .map(row -> new Listed<>((T) row[0], (String) row[2]));
    }
}
