package org.oas.migration.organizations.organization.domain;

import java.util.UUID;

/**
 * Fired (synchronously, inside the transaction) when an organization is deleted or merged away: whatever acts for
 * it, such as its partner clients, must stop in the same transaction.
 */
public record OrganizationRetired(UUID id, String code) {
}
