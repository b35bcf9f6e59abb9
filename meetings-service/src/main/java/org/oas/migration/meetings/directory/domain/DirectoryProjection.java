package org.oas.migration.meetings.directory.domain;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.oas.migration.meetings.directory.persistence.DirectoryOrganization;
import org.oas.migration.meetings.directory.persistence.DirectoryPerson;
import org.oas.migration.platform.text.Identifier;

/**
 * Applies organizations.v1 events to the local directory. An event older than (or as old as) what is held
 * changes nothing, so redelivery and reordering across replays are harmless.
 */
@ApplicationScoped
public class DirectoryProjection {

    private static final String PREFIX = "org.oas.migration.";

    @Inject
    ObjectMapper json;

    public void apply(CloudEvent event) {
        String type = event.getType();
        JsonNode payload = read(event);
        if (type.startsWith(PREFIX + "organization.")) {
            applyOrganization(payload, type.endsWith(".deleted"));
        } else if (type.startsWith(PREFIX + "person.")) {
            applyPerson(payload, type.endsWith(".deleted"));
        }
    }

    private void applyOrganization(JsonNode payload, boolean deletion) {
        UUID id = UUID.fromString(payload.get("id").asText());
        long version = payload.get("version").asLong();
        DirectoryOrganization org = DirectoryOrganization.findById(id);
        if (org != null && org.version >= version) {
            return;
        }
        if (org == null) {
            if (deletion) {
                return;
            }
            org = new DirectoryOrganization();
            org.id = id;
        }
        org.version = version;
        org.deleted = deletion;
        if (!deletion) {
            org.code = payload.get("code").asText();
            org.type = payload.get("type").asText();
            org.names = map(payload.get("names"));
            org.acronyms = payload.hasNonNull("acronyms") ? map(payload.get("acronyms")) : null;
        }
        org.persist();
    }

    private void applyPerson(JsonNode payload, boolean deletion) {
        UUID id = UUID.fromString(payload.get("id").asText());
        long version = payload.get("version").asLong();
        DirectoryPerson person = DirectoryPerson.findById(id);
        if (person != null && person.version >= version) {
            return;
        }
        if (person == null) {
            if (deletion) {
                return;
            }
            person = new DirectoryPerson();
            person.id = id;
        }
        person.version = version;
        person.deleted = deletion;
        if (!deletion) {
            person.name = payload.get("name").asText();
            person.honorificPrefix = payload.hasNonNull("honorificPrefix") ? map(payload.get("honorificPrefix")) : null;
            person.identifiers = payload.hasNonNull("identifiers")
                    ? json.convertValue(payload.get("identifiers"), new TypeReference<List<Identifier>>() { })
                    : List.of();
        }
        person.persist();
    }

    private Map<String, String> map(JsonNode node) {
        return json.convertValue(node, new TypeReference<Map<String, String>>() { });
    }

    private JsonNode read(CloudEvent event) {
        try {
            return json.readTree(event.getData() == null ? new byte[0] : event.getData().toBytes());
        } catch (IOException e) {
            throw new IllegalArgumentException("Event " + event.getId() + " is not JSON", e);
        }
    }
}
