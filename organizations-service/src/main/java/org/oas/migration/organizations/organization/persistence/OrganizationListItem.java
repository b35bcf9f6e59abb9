package org.oas.migration.organizations.organization.persistence;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An organization in a list page: the same JSON as {@code OrganizationView}, with the jsonb columns written as
 * stored instead of parsed and re-serialised (lists are the hottest read; jsonb is stored without nulls, so the
 * two agree).
 */
public record OrganizationListItem(UUID id, String code, String type, @JsonRawValue String names, @JsonRawValue String acronyms,
                                   @JsonRawValue String description, UUID parentId, String parentCode, String country,
                                   String website, @JsonRawValue String identifiers, @JsonRawValue String memberCountries,
                                   UUID mergedIntoId, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
