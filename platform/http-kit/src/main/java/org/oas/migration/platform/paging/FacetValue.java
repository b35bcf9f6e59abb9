package org.oas.migration.platform.paging;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One value of a facet (the counts beside a list, for dashboards) and how many of the list's items have it. */
@Schema(name = "FacetValue", description = "One value of a facet and how many of the matching items have it")
public record FacetValue(@Schema(description = "The value, as the list's filter of the same name takes it", example = "SV",
                                 maxLength = 200) String value,
                         @Schema(minimum = "1") long count) {

    /** A facet gives its most frequent values, at most this many: a dashboard's worth, whatever the registry holds. */
    public static final int MOST = 100;
}
