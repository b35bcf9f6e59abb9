package org.oas.migration.gateway.changes;

import com.fasterxml.jackson.databind.JsonNode;

/** One CloudEvent of the feed: its attributes and the resource as published. */
public record Change(String id, String type, String source, String subject, String time, JsonNode data) {
}
