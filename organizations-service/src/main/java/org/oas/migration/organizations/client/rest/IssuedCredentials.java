package org.oas.migration.organizations.client.rest;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.oas.migration.organizations.client.domain.PartnerClientView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartnerClientCredentials", description = "A client with its secret: returned once, at creation or rotation. Store the secret now.")
public record IssuedCredentials(
        UUID id,
        @Schema(example = "pc-iom-5k2q9x7d") String clientId,
        @Schema(example = "x3Jq...") String clientSecret,
        @Schema(example = "IOM activity feed") String name,
        @Schema(example = "iom") String organizationCode,
        @Schema(example = "partner") String role,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    static IssuedCredentials of(PartnerClientView client, String secret) {
        return new IssuedCredentials(client.id(), client.clientId(), secret, client.name(), client.organizationCode(),
                client.role(), client.version(), client.createdAt(), client.updatedAt());
    }
}
