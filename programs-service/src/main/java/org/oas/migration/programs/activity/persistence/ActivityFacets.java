package org.oas.migration.programs.activity.persistence;

import java.util.List;
import org.oas.migration.platform.paging.FacetValue;

/** How many activities a list holds, and how many of them have each value of each facet, most frequent first. */
public record ActivityFacets(long total, List<FacetValue> country, List<FacetValue> theme, List<FacetValue> organization,
                             List<FacetValue> status, List<FacetValue> year) {
}
