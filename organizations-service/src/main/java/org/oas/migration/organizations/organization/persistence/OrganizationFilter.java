package org.oas.migration.organizations.organization.persistence;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The list filters of {@code GET /v1/organizations}; null means "any". */
public record OrganizationFilter(String type, String country, UUID parentId, UUID withinId, String code,
                                 String identifierScheme, String identifierValue, String q,
                                 OffsetDateTime updatedSince, String language) {
}
