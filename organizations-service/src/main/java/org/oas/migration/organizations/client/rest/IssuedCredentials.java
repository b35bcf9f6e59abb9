package org.oas.migration.organizations.client.rest;

import org.oas.migration.platform.text.Codes;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.oas.migration.organizations.client.domain.PartnerClientView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartnerClientCredentials", description = "A client with its secret: returned once, at creation or rotation. Store the secret now.")
public record IssuedCredentials(
        UUID id,
        @Schema(maxLength = PartnerClientView.CLIENT_ID_MAX, example = "pc-iom-5k2q9x7d") String clientId,
        @Schema(description = "32 random bytes, base64url", maxLength = 43, pattern = "^[A-Za-z0-9_-]{43}$", example = "x3Jq...") String clientSecret,
        @Schema(maxLength = 200, example = "IOM activity feed") String name,
        @Schema(maxLength = Codes.ORGANIZATION_MAX, pattern = Codes.ORGANIZATION, example = "iom") String organizationCode,
        @Schema(enumeration = {"admin", "partner"}, example = "partner") String role,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    static IssuedCredentials of(PartnerClientView client, String secret) {
        return new IssuedCredentials(client.id(), client.clientId(), secret, client.name(), client.organizationCode(),
                client.role(), client.version(), client.createdAt(), client.updatedAt());
    }
}
