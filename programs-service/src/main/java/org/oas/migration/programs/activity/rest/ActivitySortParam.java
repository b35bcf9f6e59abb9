package org.oas.migration.programs.activity.rest;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.oas.migration.platform.paging.Sort;
import org.oas.migration.programs.activity.persistence.ActivityList;

/** The activity list's {@code sort}: only where an order means something (not the facets). */
public class ActivitySortParam {

    @Parameter(description = "Order of the list instead of its own (newest first; by relevance with `q`): `start` / `-start` "
            + "(earliest planned or actual date; undated last either way), `title` / `-title` (in the request language, else "
            + "English, else Spanish, ignoring case); equal keys by id. Cursor paging keeps the order.",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"start", "-start", "title", "-title"}))
    @QueryParam(Sort.PARAMETER)
    public String sort;

    /** The ordering asked for, or null for the list's own; a 400 naming {@code sort} for one the list does not have. */
    public Sort sort() {
        return Sort.parse(sort, ActivityList.SORTS);
    }

}
