package org.oas.migration.organizations.person.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.migration.organizations.person.persistence.Membership;
import org.oas.migration.organizations.person.persistence.PersonEntity;
import org.oas.migration.platform.text.Identifier;

@Schema(name = "Person", description = "A person and their posts in organizations.")
public record PersonView(
        UUID id,
        @Schema(maxLength = 300, example = "Albert R. Ramdin") String name,
        @Schema(example = "{\"en\": \"Ambassador\", \"es\": \"Embajador\"}") Map<String, String> honorificPrefix,
        @Schema(maxItems = 50) List<Identifier> identifiers,
        @Schema(maxItems = 200) List<Membership> memberships,
        @Schema(example = "1") long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public static PersonView of(PersonEntity e) {
        return new PersonView(e.id, e.name, e.honorificPrefix, List.copyOf(e.identifiers), List.copyOf(e.memberships),
                e.version, e.createdAt, e.updatedAt);
    }
}
