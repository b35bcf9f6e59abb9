package org.oas.migration.gateway.changes;

import java.util.List;

/** A page of the feed; `nextCursor` is always set: the position to resume from, even after a short or empty page. */
public record ChangePage(List<Change> items, String nextCursor) {
}
