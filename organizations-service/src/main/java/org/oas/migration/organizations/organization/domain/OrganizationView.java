package org.oas.migration.organizations.organization.domain;

import org.oas.migration.platform.text.Codes;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.migration.organizations.organization.persistence.MemberCountry;
import org.oas.migration.organizations.organization.persistence.OrganizationEntity;
import org.oas.migration.platform.text.Identifier;

/** The public representation of an organization: the body of its GET and of its events. */
@Schema(name = "Organization", description = "An organization of the registry.")
public record OrganizationView(
        @Schema(example = "01933b6e-8f7a-7cc2-9d2e-3f1a2b4c5d6e") UUID id,
        @Schema(maxLength = Codes.ORGANIZATION_MAX, pattern = Codes.ORGANIZATION, example = "iom") String code,
        OrganizationType type,
        @Schema(example = "{\"en\": \"International Organization for Migration\", \"es\": \"Organización Internacional para las Migraciones\"}")
        Map<String, String> names,
        @Schema(example = "{\"en\": \"IOM\", \"es\": \"OIM\"}") Map<String, String> acronyms,
        Map<String, String> description,
        UUID parentId,
        @Schema(maxLength = Codes.ORGANIZATION_MAX, pattern = Codes.ORGANIZATION, example = "un") String parentCode,
        @Schema(maxLength = Codes.COUNTRY_LENGTH, pattern = Codes.COUNTRY, example = "HN") String country,
        @Schema(maxLength = 500, pattern = "^https?://\\S+$", example = "https://www.iom.int") String website,
        @Schema(maxItems = 50) List<Identifier> identifiers,
        @Schema(maxItems = 300) List<MemberCountry> memberCountries,
        @Schema(description = "Set when the organization was merged into another one.") UUID mergedIntoId,
        @Schema(example = "1") long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public static OrganizationView of(OrganizationEntity e, String parentCode) {
        return new OrganizationView(e.id, e.code, OrganizationType.fromValue(e.type), e.names, e.acronyms,
                e.description, e.parentId, parentCode, e.country, e.website, List.copyOf(e.identifiers),
                List.copyOf(e.memberCountries), e.mergedIntoId, e.version, e.createdAt, e.updatedAt);
    }
}
