package org.oas.migration.organizations.person.persistence;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person's post in an organization (Popolo membership): the role as stated, and its period when known. */
@Schema(name = "Membership", description = "A person's post in an organization.")
public record Membership(
        UUID organizationId,
        @Schema(example = "oas-gs") String organizationCode,
        @Schema(example = "{\"en\": \"Assistant Secretary General of the OAS\", \"es\": \"Secretario General Adjunto de la OEA\"}")
        Map<String, String> role,
        LocalDate startDate,
        LocalDate endDate) {
}
