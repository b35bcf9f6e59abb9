package org.oas.migration.gateway.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One result: `kind` (organization, meeting, ...), the resource's `id`, its `title` (the full language map: a
 * name for organizations), `match` (that title in the requested language, else the first one present) and `href`.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchHit(String kind, String id, JsonNode title, String match, String href) {
}
