package org.oas.migration.programs.directory.domain;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.oas.migration.platform.inbox.EventInbox;
import org.oas.migration.platform.inbox.InboxConsumer;
import org.oas.migration.platform.outbox.EventsConfig;

/** Follows organizations.v1 and meetings.v1 into the local projections for as long as the service runs. */
@ApplicationScoped
public class DirectoryFeeds {

    @Inject
    DirectoryConfig config;

    @Inject
    EventsConfig events;

    @Inject
    EventInbox inbox;

    @Inject
    DirectoryProjection projection;

    private InboxConsumer consumer;

    void start(@Observes StartupEvent event) {
        if (config.enabled()) {
            consumer = new InboxConsumer(config.consumerName(), events.bootstrapServers(),
                    List.of(config.organizationsTopic(), config.meetingsTopic()), inbox, projection::apply).start();
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (consumer != null) {
            consumer.close();
        }
    }
}
