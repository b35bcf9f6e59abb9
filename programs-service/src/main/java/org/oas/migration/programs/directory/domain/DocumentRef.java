package org.oas.migration.programs.directory.domain;

import java.util.Map;
import java.util.UUID;

/** A document known from meetings.v1. */
public record DocumentRef(UUID id, String symbol, Map<String, String> title) {
}
