package org.oas.migration.organizations.person.persistence;

import java.time.OffsetDateTime;
import java.util.UUID;

public record PersonFilter(UUID organizationId, String identifierScheme, String identifierValue, String q,
                           OffsetDateTime updatedSince) {
}
