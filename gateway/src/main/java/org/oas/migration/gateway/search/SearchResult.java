package org.oas.migration.gateway.search;

import java.util.List;

/** Hits interleaved by rank across collections; `unavailable` names the collections that did not answer in time. */
public record SearchResult(List<SearchHit> items, List<String> unavailable) {
}
