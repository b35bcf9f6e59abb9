package org.oas.migration.platform.paging;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code limit} and {@code cursor} of a list endpoint ({@code @BeanParam}), documented once. */
public class PageParams {

    @Parameter(description = "Page size, 1 to 200 (default 50)", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
            minimum = "1", maximum = "" + PageRequest.MAX_LIMIT, defaultValue = "" + PageRequest.DEFAULT_LIMIT))
    @QueryParam("limit")
    public String limit;

    @Parameter(description = "Opaque cursor from the previous page")
    @QueryParam("cursor")
    public String cursor;

    /** The validated request: a bad {@code limit} is a 400 naming it. */
    public PageRequest request() {
        return PageRequest.of(limit, cursor);
    }
}
