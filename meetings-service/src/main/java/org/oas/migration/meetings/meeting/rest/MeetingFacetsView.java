package org.oas.migration.meetings.meeting.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.migration.meetings.meeting.persistence.MeetingFacets;
import org.oas.migration.platform.paging.FacetValue;

/** The facets of a meeting list, on the wire. */
@Schema(name = "MeetingFacets", description = "How many meetings match the filters, and how many of them have each value of each "
        + "facet (most frequent first, then by value).")
public record MeetingFacetsView(
        @Schema(description = "Meetings matching the filters", minimum = "0") long total,
        @Schema(description = "By convening body (organization code): the `body` filter's values", maxItems = FacetValue.MOST) List<FacetValue> body,
        @Schema(description = "By year of the start date: a year's count is what `dateFrom=<year>-01-01&dateTo=<year>-12-31` lists", maxItems = FacetValue.MOST) List<FacetValue> year) {

    static MeetingFacetsView of(MeetingFacets facets) {
        return new MeetingFacetsView(facets.total(), facets.body(), facets.year());
    }
}
