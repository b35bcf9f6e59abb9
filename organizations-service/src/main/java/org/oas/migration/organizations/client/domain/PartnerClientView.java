package org.oas.migration.organizations.client.domain;

import org.oas.migration.platform.text.Codes;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartnerClient", description = "A registered client (its secret is never shown again after creation).")
public record PartnerClientView(
        UUID id,
        @Schema(maxLength = CLIENT_ID_MAX, example = "pc-iom-5k2q9x7d") String clientId,
        @Schema(maxLength = 200, example = "IOM activity feed") String name,
        @Schema(maxLength = Codes.ORGANIZATION_MAX, pattern = Codes.ORGANIZATION, example = "iom") String organizationCode,
        @Schema(enumeration = {"admin", "partner"}, example = "partner") String role,
        @Schema(example = "1") long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /**
     * The longest client id: {@code pc-<organization code>-<8 characters>} as registered, or the bootstrap admin's,
     * which {@code oas.auth.bootstrap-admin-client-id} keeps as short.
     */
    public static final int CLIENT_ID_MAX = 100;
    /** The longest client secret: what bcrypt reads (72 bytes); a generated one is 43 characters. */
    public static final int SECRET_MAX = 72;
}
