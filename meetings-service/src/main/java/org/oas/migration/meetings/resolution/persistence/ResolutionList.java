package org.oas.migration.meetings.resolution.persistence;

import org.oas.migration.meetings.support.persistence.DatedListQuery;
import org.oas.migration.meetings.support.persistence.JsonbArray;
import org.oas.migration.meetings.support.persistence.Listed;
import org.oas.migration.platform.paging.Page;
import org.oas.migration.platform.paging.PageRequest;
import org.oas.migration.platform.paging.Sort;

/** Resolutions most recently adopted first (undated last), or by relevance with q. */
public final class ResolutionList {

    private ResolutionList() {
    }

    public static Page<Listed<ResolutionEntity>> page(ResolutionFilter filter, PageRequest page, Sort sort) {
        return query(filter, sort).page(page, ResolutionEntity.LIST_ROW);
    }

    /** The list's resolutions counted by series and by year of adoption (undated ones under no year). */
    public static ResolutionFacets facets(ResolutionFilter filter) {
        DatedListQuery query = query(filter, null);
        return new ResolutionFacets(query.count(), query.facet("t.series"), query.facet("extract(year FROM t.adoption_date)::int"));
    }

    private static DatedListQuery query(ResolutionFilter filter, Sort sort) {
        return new DatedListQuery("resolution", "t.adoption_date", true, filter.dated(), sort)
                .when(filter.bodyCode(), "t.body_code = ?")
                .when(filter.status(), "t.status = ?")
                .when(filter.series(), "t.series = ?")
                .when(JsonbArray.holding(filter.sponsor()), "(t.sponsors @> cast(? AS jsonb) OR t.co_sponsors @> cast(? AS jsonb))")
                .when(filter.addresseeCode(), "t.id IN (SELECT resolution_id FROM resolution_mandate WHERE addressee_code = ?)")
                .when(filter.citedKey(), "t.id IN (SELECT resolution_id FROM resolution_citation WHERE cited_key = ?)")
                .when(filter.symbolKey(), "(t.symbol_key = ? OR t.draft_key = ?)");
    }
}
