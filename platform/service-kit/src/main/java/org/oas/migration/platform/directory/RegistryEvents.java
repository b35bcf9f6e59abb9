package org.oas.migration.platform.directory;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.oas.migration.platform.inbox.Projections;
import org.oas.migration.platform.text.Identifier;

/**
 * Reads the registry's organization and person events, for every service that keeps a local directory of them
 * (meetings-service, programs-service): one reading of {@code organizations.v1}, each service storing what it needs.
 */
@ApplicationScoped
public class RegistryEvents {

    static final String ORGANIZATION = "org.oas.migration.organization.";
    static final String PERSON = "org.oas.migration.person.";

    private static final TypeReference<Map<String, String>> TEXT = new TypeReference<>() { };
    private static final TypeReference<List<Identifier>> IDENTIFIERS = new TypeReference<>() { };

    @Inject
    Projections projections;

    /** The organization or person the event is about; empty for the topic's other events (e.g. revocations). */
    public Optional<RegistryEvent> parse(CloudEvent event) {
        String type = event.getType();
        boolean organization = type.startsWith(ORGANIZATION);
        if (!organization && !type.startsWith(PERSON)) {
            return Optional.empty();
        }
        JsonNode p = projections.read(event);
        UUID id = UUID.fromString(p.get("id").asText());
        long version = p.get("version").asLong();
        boolean deleted = type.endsWith(".deleted");
        if (organization) {
            return Optional.of(new RegistryEvent.Organization(id, version, deleted, p.path("code").asText(null),
                    p.path("type").asText(null), projections.convert(p.get("names"), TEXT), projections.convert(p.get("acronyms"), TEXT),
                    identifiers(p), Projections.uuid(p.get("mergedIntoId"))));
        }
        return Optional.of(new RegistryEvent.Person(id, version, deleted, p.path("name").asText(null),
                projections.convert(p.get("honorificPrefix"), TEXT), identifiers(p)));
    }

    private List<Identifier> identifiers(JsonNode payload) {
        List<Identifier> identifiers = projections.convert(payload.get("identifiers"), IDENTIFIERS);
        return identifiers == null ? List.of() : identifiers;
    }
}
