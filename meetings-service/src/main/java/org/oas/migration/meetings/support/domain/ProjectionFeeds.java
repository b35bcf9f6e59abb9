package org.oas.migration.meetings.support.domain;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.oas.migration.meetings.directory.domain.DirectoryConfig;
import org.oas.migration.meetings.directory.domain.DirectoryProjection;
import org.oas.migration.meetings.implementation.domain.ActivityProjection;
import org.oas.migration.meetings.implementation.domain.ImplementationConfig;
import org.oas.migration.platform.inbox.EventHandler;
import org.oas.migration.platform.inbox.EventInbox;
import org.oas.migration.platform.inbox.InboxConsumer;
import org.oas.migration.platform.outbox.EventsConfig;

/**
 * Follows the other contexts' topics for as long as the service runs: organizations.v1 into the directory,
 * programs.v1 into the implementing activities. Each feed is its own consumer group and inbox.
 */
@ApplicationScoped
public class ProjectionFeeds {

    @Inject
    EventsConfig events;

    @Inject
    EventInbox inbox;

    @Inject
    DirectoryConfig directory;

    @Inject
    DirectoryProjection directoryProjection;

    @Inject
    ImplementationConfig implementation;

    @Inject
    ActivityProjection activityProjection;

    private final List<InboxConsumer> consumers = new ArrayList<>();

    void start(@Observes StartupEvent event) {
        follow(directory.enabled(), directory.consumerName(), directory.topic(), directoryProjection::apply);
        follow(implementation.enabled(), implementation.consumerName(), implementation.topic(), activityProjection::apply);
    }

    private void follow(boolean enabled, String name, String topic, EventHandler handler) {
        if (enabled) {
            consumers.add(new InboxConsumer(name, events.bootstrapServers(), List.of(topic), inbox, handler).start());
        }
    }

    void stop(@Observes ShutdownEvent event) {
        consumers.forEach(InboxConsumer::close);
    }
}
