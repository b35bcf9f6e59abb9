package org.oas.migration.organizations.client.domain;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartnerClient", description = "A registered client (its secret is never shown again after creation).")
public record PartnerClientView(
        UUID id,
        @Schema(example = "pc-iom-5k2q9x7d") String clientId,
        @Schema(example = "IOM activity feed") String name,
        @Schema(example = "iom") String organizationCode,
        @Schema(example = "partner") String role,
        @Schema(example = "1") long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
