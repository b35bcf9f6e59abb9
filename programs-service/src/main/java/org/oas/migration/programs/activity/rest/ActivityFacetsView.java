package org.oas.migration.programs.activity.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.migration.platform.paging.FacetValue;
import org.oas.migration.programs.activity.persistence.ActivityFacets;

/** The facets of an activity list, on the wire. */
@Schema(name = "ActivityFacets", description = "How many activities match the filters, and how many of them have each value "
        + "of each facet (most frequent first, then by value). An activity counts under each of its countries, themes and "
        + "organizations, and under every year it is active (to this year while it has no end), so a facet's counts may add "
        + "up to more than `total`.")
public record ActivityFacetsView(
        @Schema(description = "Activities matching the filters", minimum = "0") long total,
        @Schema(description = "By recipient country (ISO 3166-1 alpha-2): the `country` filter's values", maxItems = FacetValue.MOST) List<FacetValue> country,
        @Schema(description = "By theme: the `theme` filter's values", maxItems = FacetValue.MOST) List<FacetValue> theme,
        @Schema(description = "By reporting or participating organization (code): the `organization` filter's values", maxItems = FacetValue.MOST) List<FacetValue> organization,
        @Schema(description = "By status: the `status` filter's values", maxItems = FacetValue.MOST) List<FacetValue> status,
        @Schema(description = "By year active: a year's count is what `from=<year>&to=<year>` lists, less the activities "
                + "without any date (the date filters keep those)", maxItems = FacetValue.MOST) List<FacetValue> year) {

    static ActivityFacetsView of(ActivityFacets facets) {
        return new ActivityFacetsView(facets.total(), facets.country(), facets.theme(), facets.organization(),
                facets.status(), facets.year());
    }
}
