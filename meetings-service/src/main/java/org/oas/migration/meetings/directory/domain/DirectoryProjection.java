package org.oas.migration.meetings.directory.domain;

import io.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.oas.migration.meetings.directory.persistence.DirectoryOrganization;
import org.oas.migration.meetings.directory.persistence.DirectoryPerson;
import org.oas.migration.platform.directory.ProjectedRow;
import org.oas.migration.platform.directory.RegistryEvent;
import org.oas.migration.platform.directory.RegistryEvents;
import org.oas.migration.platform.inbox.InboxFeed;

/**
 * Applies organizations.v1 events (read by the platform's {@link RegistryEvents}) to the local directory, as a feed
 * of its own. An event older than (or as old as) what is held changes nothing ({@link ProjectedRow#project}), so
 * redelivery and reordering across replays are harmless.
 */
@ApplicationScoped
public class DirectoryProjection implements InboxFeed {

    @Inject
    DirectoryConfig config;

    @Inject
    RegistryEvents registry;

    @Override
    public Optional<Subscription> subscription() {
        return Subscription.of(config.enabled(), config.consumerName(), config.topic());
    }

    @Override
    public void handle(CloudEvent event) {
        registry.parse(event).ifPresent(change -> {
            if (change instanceof RegistryEvent.Organization organization) {
                apply(organization);
            } else if (change instanceof RegistryEvent.Person person) {
                apply(person);
            }
        });
    }

    private static void apply(RegistryEvent.Organization event) {
        ProjectedRow.project(event, DirectoryOrganization.<DirectoryOrganization>findById(event.id()), DirectoryOrganization::new, org -> {
            org.code = event.code();
            org.type = event.type();
            org.names = event.names();
            org.acronyms = event.acronyms();
        });
    }

    private static void apply(RegistryEvent.Person event) {
        ProjectedRow.project(event, DirectoryPerson.<DirectoryPerson>findById(event.id()), DirectoryPerson::new, person -> {
            person.name = event.name();
            person.honorificPrefix = event.honorificPrefix();
            person.identifiers = event.identifiers();
        });
    }
}
