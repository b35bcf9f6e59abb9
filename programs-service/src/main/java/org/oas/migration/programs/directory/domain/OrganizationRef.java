package org.oas.migration.programs.directory.domain;

import org.oas.migration.platform.text.Codes;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organization as activities and programmes show it: id, code and names from the registry. */
@Schema(name = "ProgramsOrganizationRef", description = "An organization of the registry (organizations-service).")
public record OrganizationRef(UUID id, @Schema(maxLength = Codes.ORGANIZATION_MAX, pattern = Codes.ORGANIZATION, example = "iom") String code,
                              @Schema(example = "{\"en\": \"International Organization for Migration\"}") Map<String, String> name) {
}
