package org.oas.migration.organizations.client.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartnerClientInput", description = "A client to register: the organization it acts for, a name, a role.")
public record PartnerClientInput(
        @Size(max = 64) @Schema(description = "Organization code; required for role partner", example = "iom") String organizationCode,
        @NotBlank @Size(max = 200) @Schema(example = "IOM activity feed") String name,
        @NotNull @Pattern(regexp = "admin|partner", message = "must be admin or partner") @Schema(enumeration = {"admin", "partner"}, example = "partner") String role) {
}
