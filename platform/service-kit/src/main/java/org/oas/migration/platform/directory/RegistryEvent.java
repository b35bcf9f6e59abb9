package org.oas.migration.platform.directory;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.oas.migration.platform.text.Identifier;

/**
 * An organization or person event of the registry's topic ({@code organizations.v1}), as the services keeping a local
 * directory read it ({@link RegistryEvents#parse}). A deletion carries the id, the version (and for an organization
 * its code and, when merged, the survivor's id); the other parts are then null.
 */
public sealed interface RegistryEvent {

    UUID id();

    long version();

    boolean deleted();

    /** {@code org.oas.migration.organization.*}: the organization's public representation. */
    record Organization(UUID id, long version, boolean deleted, String code, String type, Map<String, String> names,
                        Map<String, String> acronyms, List<Identifier> identifiers, UUID mergedIntoId) implements RegistryEvent {
    }

    /** {@code org.oas.migration.person.*}: the person's public representation. */
    record Person(UUID id, long version, boolean deleted, String name, Map<String, String> honorificPrefix,
                  List<Identifier> identifiers) implements RegistryEvent {
    }
}
