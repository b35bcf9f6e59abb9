package org.oas.migration.meetings.meeting.persistence;

import org.oas.migration.meetings.support.persistence.DatedListQuery;
import org.oas.migration.meetings.support.persistence.JsonbArray;
import org.oas.migration.meetings.support.persistence.Listed;
import org.oas.migration.platform.paging.Page;
import org.oas.migration.platform.paging.PageRequest;
import org.oas.migration.platform.paging.Sort;
import org.oas.migration.platform.sql.Jsonb;
import org.oas.migration.platform.text.Identifier;

/** Meetings newest first by start date (or by relevance with q). */
public final class MeetingList {

    private MeetingList() {
    }

    public static Page<Listed<MeetingEntity>> page(MeetingFilter filter, PageRequest page, Sort sort) {
        return query(filter, sort).page(page, MeetingEntity.LIST_ROW);
    }

    /** The list's meetings counted by convening body and by year of their start. */
    public static MeetingFacets facets(MeetingFilter filter) {
        DatedListQuery query = query(filter, null);
        return new MeetingFacets(query.count(), query.facet("t.body_code"), query.facet("extract(year FROM t.start_date)::int"));
    }

    private static DatedListQuery query(MeetingFilter filter, Sort sort) {
        Identifier id = filter.identifier();
        return new DatedListQuery("meeting", "t.start_date", false, filter.dated(), sort)
                .when(filter.bodyCode(), "t.body_code = ?")
                .when(filter.kind(), "t.kind = ?")
                .when(filter.status(), "t.status = ?")
                .when(filter.country(), "t.venue ->> 'country' = ?")
                .when(JsonbArray.holding(filter.organizationCode()), "t.organization_codes @> cast(? AS jsonb)")
                .when(JsonbArray.holding(filter.documentKey()), "t.document_keys @> cast(? AS jsonb)")
                .when(filter.convenedByKey(), "regexp_replace(upper(t.convened_by), '[^A-Z0-9]', '', 'g') = ?")
                .when(id == null ? null : Jsonb.identifier(id.scheme(), id.value()), "t.identifiers @> cast(? AS jsonb)");
    }
}
