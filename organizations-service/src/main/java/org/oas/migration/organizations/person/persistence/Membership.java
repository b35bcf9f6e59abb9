package org.oas.migration.organizations.person.persistence;

import org.oas.migration.platform.text.Codes;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person's post in an organization (Popolo membership): the role as stated, and its period when known. */
@Schema(name = "Membership", description = "A person's post in an organization.")
public record Membership(
        UUID organizationId,
        @Schema(maxLength = Codes.ORGANIZATION_MAX, pattern = Codes.ORGANIZATION, example = "oas-gs") String organizationCode,
        @Schema(example = "{\"en\": \"Assistant Secretary General of the OAS\", \"es\": \"Secretario General Adjunto de la OEA\"}")
        Map<String, String> role,
        LocalDate startDate,
        LocalDate endDate) {
}
