package org.oas.migration.meetings.meeting.persistence;

import java.util.List;
import org.oas.migration.platform.paging.FacetValue;

/** How many meetings a list holds, and how many of them have each convening body and each year, most frequent first. */
public record MeetingFacets(long total, List<FacetValue> body, List<FacetValue> year) {
}
