package org.oas.migration.meetings.document.persistence;

import org.oas.migration.meetings.support.persistence.DatedListQuery;
import org.oas.migration.meetings.support.persistence.Listed;
import org.oas.migration.platform.paging.Page;
import org.oas.migration.platform.paging.PageRequest;
import org.oas.migration.platform.paging.Sort;

/** Documents newest first (undated last), or by relevance with q. */
public final class DocumentList {

    private DocumentList() {
    }

    public static Page<Listed<DocumentEntity>> page(DocumentFilter filter, PageRequest page, Sort sort) {
        return new DatedListQuery("document", "t.date", true, filter.dated(), sort)
                .when(filter.series(), "t.series = ?")
                .when(filter.kind(), "t.kind = ?")
                .when(filter.symbolKey(), "t.symbol_key = ?")
                .when(filter.meetingId(), "t.symbol_key IN (SELECT d ->> 'key' FROM meeting m, jsonb_array_elements(m.documents) d WHERE m.id = ?)")
                .page(page, DocumentEntity.LIST_ROW);
    }
}
