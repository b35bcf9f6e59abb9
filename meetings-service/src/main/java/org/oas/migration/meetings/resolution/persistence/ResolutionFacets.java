package org.oas.migration.meetings.resolution.persistence;

import java.util.List;
import org.oas.migration.platform.paging.FacetValue;

/** How many resolutions a list holds, and how many of them are in each series and each year, most frequent first. */
public record ResolutionFacets(long total, List<FacetValue> series, List<FacetValue> year) {
}
