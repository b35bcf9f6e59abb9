package org.oas.migration.organizations.organization.persistence;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.oas.migration.platform.json.RawJson;

/**
 * An organization in a list page: the same JSON as {@code OrganizationView}, with the jsonb columns written as
 * stored, their UTF-8 bytes as read, instead of parsed and re-serialised (lists are the hottest read; jsonb is stored
 * without nulls, so the two agree).
 */
public record OrganizationListItem(UUID id, String code, String type, RawJson names, RawJson acronyms,
                                   RawJson description, UUID parentId, String parentCode, String country,
                                   String website, RawJson identifiers, RawJson memberCountries,
                                   UUID mergedIntoId, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
