package org.oas.migration.platform.revocation;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The payload of {@code org.oas.migration.partner-client.revoked} on organizations.v1 (keyed by the client's id):
 * tokens whose subject is {@code clientId} and that were issued at or before {@code revokedAt} are no longer valid.
 *
 * @param id               the partner client resource's id
 * @param clientId         the OAuth client id, the {@code sub} of its tokens
 * @param organizationCode the organization the client acted for (null for admin clients)
 */
public record ClientRevoked(UUID id, String clientId, String organizationCode, OffsetDateTime revokedAt) {

    /** Resource and action in the outbox's event type naming ({@code org.oas.migration.<resource>.<action>}). */
    public static final String RESOURCE = "partner-client";
    public static final String ACTION = "revoked";
    public static final String TYPE = "org.oas.migration." + RESOURCE + "." + ACTION;
}
