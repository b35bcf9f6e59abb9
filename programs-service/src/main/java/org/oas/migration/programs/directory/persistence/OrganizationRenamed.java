package org.oas.migration.programs.directory.persistence;

import java.util.UUID;

/**
 * Fired (synchronously, in the projection's transaction) when organizations.v1 brings an organization's current
 * names, so the features that store views citing it can show them.
 *
 * @param names the names as a JSON object text ({"en": ..., "es": ...})
 */
public record OrganizationRenamed(UUID id, String code, String names) {
}
