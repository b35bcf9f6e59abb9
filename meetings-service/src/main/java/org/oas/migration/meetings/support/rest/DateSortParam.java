package org.oas.migration.meetings.support.rest;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.oas.migration.meetings.support.persistence.DatedListQuery;
import org.oas.migration.platform.paging.Sort;

/** The dated lists' {@code sort}: only where an order means something (not the facets). */
public class DateSortParam {

    @Parameter(description = "Order of the list instead of its own (newest first; by relevance with `q`): `date` (oldest first) or "
            + "`-date` (newest first, also with `q`); undated records last either way, equal dates by id. Cursor paging keeps the order.",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"date", "-date"}))
    @QueryParam(Sort.PARAMETER)
    public String sort;

    /** The ordering asked for, or null for the list's own; a 400 naming {@code sort} for one the list does not have. */
    public Sort sort() {
        return Sort.parse(sort, DatedListQuery.SORTS);
    }
}
