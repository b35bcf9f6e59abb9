package org.oas.migration.platform.http;

import java.util.UUID;

/** A resource's public representation with the id and version its {@code Location} and {@code ETag} come from. */
public record Representation(UUID id, long version, Object body) {
}
