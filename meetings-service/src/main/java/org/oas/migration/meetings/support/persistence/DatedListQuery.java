package org.oas.migration.meetings.support.persistence;

import io.quarkus.hibernate.orm.panache.Panache;
import java.time.LocalDate;
import java.util.List;
import org.oas.migration.platform.model.VersionedEntity;
import org.oas.migration.platform.paging.KeyType;
import org.oas.migration.platform.paging.Page;
import org.oas.migration.platform.paging.PageRequest;
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
        this.q = TextSearch.query(q);
        String tsquery = TextSearch.tsquery(lang == null ? "en" : lang);
        this.order = q == null
                ? KeysetOrder.named(table + "-newest").descending(dateExpression, KeyType.DATE).descending("t.id", KeyType.UUID).build()
                : KeysetOrder.named(table + "-by-relevance").descending("ts_rank(t.search, " + tsquery + ")", KeyType.RANK, this.q)
                        .descending("t.id", KeyType.UUID).build();
        SearchLanguage other = language.other();
        // The fragment comes from the asked language's text when it matches there, else from the other language's.
        this.query = q == null
                ? new SqlQuery("SELECT t.*, to_char(" + dateExpression + ", 'YYYY-MM-DD') AS sort_key, NULL AS fragment FROM " + table + " t")
                : new SqlQuery("SELECT t.*, cast(ts_rank(t.search, " + tsquery + ") AS text) AS sort_key, "
                        + "CASE WHEN to_tsvector('" + language.config() + "', t." + language.column() + ") @@ " + tsquery
                        + " OR NOT to_tsvector('" + other.config() + "', t." + other.column() + ") @@ " + tsquery
                        + " THEN " + headline(language, tsquery) + " ELSE " + headline(other, tsquery) + " END AS fragment FROM " + table + " t",
                        this.q, this.q, this.q, this.q, this.q);
        query.where("t.deleted_at IS NULL");
        if (q != null) {
            query.where("t.search @@ " + tsquery, this.q);
        }
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
            query.where(clause, values);
        }
        return this;
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
