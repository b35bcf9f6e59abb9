package org.oas.migration.meetings.resolution.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.migration.meetings.resolution.persistence.ResolutionFacets;
import org.oas.migration.platform.paging.FacetValue;

/** The facets of a resolution list, on the wire. */
@Schema(name = "ResolutionFacets", description = "How many resolutions match the filters, and how many of them have each value of each "
        + "facet (most frequent first, then by value).")
public record ResolutionFacetsView(
        @Schema(description = "Resolutions matching the filters", minimum = "0") long total,
        @Schema(description = "By symbol series (AG, CP, CIDI, ...): the `series` filter's values", maxItems = FacetValue.MOST) List<FacetValue> series,
        @Schema(description = "By year of adoption (resolutions without an adoption date under none): a year's count is what `dateFrom=<year>-01-01&dateTo=<year>-12-31` lists", maxItems = FacetValue.MOST) List<FacetValue> year) {

    static ResolutionFacetsView of(ResolutionFacets facets) {
        return new ResolutionFacetsView(facets.total(), facets.series(), facets.year());
    }
}
