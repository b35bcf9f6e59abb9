package org.oas.migration.meetings.directory.domain;

import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.migration.meetings.directory.persistence.DirectoryPerson;

@Schema(name = "PersonRef", description = "A person of the registry, with their current name.")
public record PersonRef(UUID id, @Schema(maxLength = 300, example = "Lisa Shoman") String name,
                        @Schema(example = "{\"en\": \"Ambassador\"}") Map<String, String> honorificPrefix) {

    public static PersonRef of(DirectoryPerson person) {
        return new PersonRef(person.id, person.name, person.honorificPrefix);
    }
}
