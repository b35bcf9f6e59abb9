package org.oas.migration.platform.revocation;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import org.oas.migration.platform.inbox.EventInbox;
import org.oas.migration.platform.inbox.InboxConsumer;
import org.oas.migration.platform.outbox.EventsConfig;

/** Copies {@link ClientRevoked} events from the registry's topic into {@link Revocations}, once per event id. */
@ApplicationScoped
public class RevocationFeed {

    @Inject
    RevocationConfig config;

    @Inject
    EventsConfig events;

    @Inject
    EventInbox inbox;

    @Inject
    Revocations revocations;

    @Inject
    ObjectMapper json;

    private InboxConsumer consumer;

    void start(@Observes StartupEvent event) {
        if (config.consume()) {
            consumer = new InboxConsumer(config.consumerName(), events.bootstrapServers(), List.of(config.topic()), inbox,
                    this::apply).start();
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (consumer != null) {
            consumer.close();
        }
    }

    void apply(CloudEvent event) {
        if (!ClientRevoked.TYPE.equals(event.getType()) || event.getData() == null) {
            return;
        }
        try {
            revocations.record(json.readValue(event.getData().toBytes(), ClientRevoked.class));
        } catch (IOException e) {
            throw new IllegalArgumentException("Event " + event.getId() + " is not a client revocation", e);
        }
    }
}
