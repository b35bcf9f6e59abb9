package org.oas.migration.meetings.directory.domain;

import org.oas.migration.platform.text.Codes;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.migration.meetings.directory.persistence.DirectoryOrganization;

/** An organization as cited here: its id and code, with its names as last heard from the registry. */
@Schema(name = "OrganizationRef", description = "An organization of the registry, with its current names.")
public record OrganizationRef(UUID id, @Schema(maxLength = Codes.ORGANIZATION_MAX, pattern = Codes.ORGANIZATION, example = "oas-pc") String code,
                              @Schema(example = "{\"en\": \"Permanent Council\", \"es\": \"Consejo Permanente\"}") Map<String, String> names,
                              Map<String, String> acronyms) {

    public static OrganizationRef of(DirectoryOrganization org) {
        return new OrganizationRef(org.id, org.code, org.names, org.acronyms);
    }

    /** When the directory no longer knows the organization (deleted upstream): the stored id and code only. */
    public static OrganizationRef unknown(UUID id, String code) {
        return new OrganizationRef(id, code, null, null);
    }
}
