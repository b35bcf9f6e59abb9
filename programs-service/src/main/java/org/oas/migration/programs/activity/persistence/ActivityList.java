package org.oas.migration.programs.activity.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.oas.migration.platform.ids.UuidV7;
import org.oas.migration.platform.http.Languages;
import org.oas.migration.platform.paging.KeyType;
import org.oas.migration.platform.paging.Page;
import org.oas.migration.platform.paging.PageRequest;
import org.oas.migration.platform.paging.Sort;
import org.oas.migration.platform.text.LookupKey;
import org.oas.migration.programs.iati.persistence.IatiRequirements;
import org.oas.migration.programs.persistence.JsonArrays;
import org.oas.migration.programs.persistence.ViewQuery;

/** Lists of activities: the filter as SQL over the activity table, the stored views passed through. */
@ApplicationScoped
public class ActivityList {

    @Inject
    EntityManager em;

    /** The orderings {@code sort} may ask for, beside the list's own (newest first, by relevance with q). */
    public static final List<String> SORTS = List.of("start", "-start", "title", "-title");

    public Page<ViewQuery.Row> page(ActivityFilter filter, ContactVisibility contacts, PageRequest page, Sort sort) {
        return query(filter, contacts, sortKey(sort, filter.language())).page(em, page);
    }

    /**
     * {@code start}: the earliest planned or actual date (undated activities last either way); {@code title}: in the
     * request language, else English, else Spanish, ignoring case.
     */
    private static ViewQuery.SortKey sortKey(Sort sort, String language) {
        if (sort == null) {
            return null;
        }
        return switch (sort.field()) {
            case "start" -> new ViewQuery.SortKey("start", sort.descending()
                    ? "coalesce(t.period_start, date '0001-01-01')" : "coalesce(t.period_start, date '9999-12-31')",
                    KeyType.DATE, sort.descending());
            case "title" -> {
                // A literal of the official four only: the language is part of the SQL, never a client's text.
                String lang = Languages.OFFICIAL.contains(language) ? language : Languages.DEFAULT;
                yield new ViewQuery.SortKey("title-" + lang, "lower(coalesce(t.view -> 'title' ->> '" + lang
                        + "', t.view -> 'title' ->> 'en', t.view -> 'title' ->> 'es', ''))", KeyType.TEXT, sort.descending());
            }
            default -> throw new IllegalArgumentException(sort.field());
        };
    }

    /** A page of the list's activities that IATI can represent ({@link IatiRequirements}), as the list shows them. */
    public Page<ViewQuery.Row> iatiPage(ActivityFilter filter, ContactVisibility contacts, PageRequest page) {
        IatiRequirements.Condition met = IatiRequirements.met();
        return query(filter, contacts, null).where(met.sql(), met.values().toArray()).page(em, page);
    }

    /** How many of the list's activities IATI cannot represent (an export leaves them out). */
    public long countNotIati(ActivityFilter filter) {
        IatiRequirements.Condition unmet = IatiRequirements.unmet();
        return query(filter, ContactVisibility.PUBLIC, null).where(unmet.sql(), unmet.values().toArray()).count(em);
    }

    /**
     * The list's activities counted by each facet's values. An activity counts once under each of its countries,
     * themes and organizations (reporting and participating), and under every year it is active: from its first
     * to its last day, to this year while it has no end; so a year's count is what {@code from=Y&to=Y} lists, less the activities
     * without any date (the date filters keep those).
     */
    public ActivityFacets facets(ActivityFilter filter) {
        ViewQuery query = query(filter, ContactVisibility.PUBLIC, null);
        return new ActivityFacets(query.count(em),
                query.facet(em, "jsonb_array_elements_text(t.countries)"),
                query.facet(em, "jsonb_array_elements_text(t.themes)"),
                query.facet(em, "jsonb_array_elements_text(t.organization_codes)"),
                query.facet(em, "t.status"),
                query.facet(em, "generate_series(extract(year FROM coalesce(t.period_start, t.period_end))::int, "
                        + "extract(year FROM coalesce(t.period_end, greatest(t.period_start, current_date)))::int)"));
    }

    /** The list: the filter as conditions over the activity table, each row's view as {@code contacts} allows. */
    private ViewQuery query(ActivityFilter filter, ContactVisibility contacts, ViewQuery.SortKey sort) {
        ViewQuery query = new ViewQuery("activity", view(contacts), filter.language(), filter.q(), sort);
        query.whereGiven(filter.organization(), "t.organization_codes @> cast(? AS jsonb)", JsonArrays::of);
        query.whereGiven(filter.reportingOrganization(), "t.reporting_org_code = ?");
        query.whereGiven(filter.country(), "t.countries @> cast(? AS jsonb)", JsonArrays::of);
        query.whereGiven(filter.theme(), "t.themes @> cast(? AS jsonb)", JsonArrays::of);
        query.whereGiven(filter.status(), "t.status = ?");
        query.whereGiven(filter.from(), "(t.period_end IS NULL OR t.period_end >= ?)");
        query.whereGiven(filter.to(), "(t.period_start IS NULL OR t.period_start <= ?)");
        query.whereGiven(filter.mandate(), "t.mandate_keys @> cast(? AS jsonb)", mandate -> JsonArrays.of(mandateKey(mandate)));
        query.whereGiven(filter.program(), "t.program_code = ?");
        query.whereGiven(filter.externalId(), "t.external_id = ?");
        query.whereGiven(filter.updatedSince(), "t.updated_at >= ?");
        return query;
    }

    /**
     * Each row's stored public view, with the contacts in full (from the stored body) where {@link ContactVisibility}
     * allows: the list side of the rule, its single-read side being {@code ActivityView.seenBy}.
     */
    private static ViewQuery.View view(ContactVisibility contacts) {
        ContactVisibility.SqlCondition shown = contacts.sql("t.reporting_org_code");
        return new ViewQuery.View("CASE WHEN " + shown.sql() + " AND jsonb_typeof(t.body -> 'contacts') = 'array'"
                + " THEN jsonb_set(t.view, '{contacts}', t.body -> 'contacts') ELSE t.view END", shown.values());
    }

    /** As the write stores mandate keys: an operative paragraph's id, or a resolution symbol's lookup key. */
    private static String mandateKey(String mandate) {
        UUID paragraph = UuidV7.parseOrNull(mandate);
        return paragraph != null ? paragraph.toString() : LookupKey.of(mandate);
    }
}
