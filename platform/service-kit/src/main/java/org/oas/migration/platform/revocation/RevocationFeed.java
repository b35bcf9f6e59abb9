package org.oas.migration.platform.revocation;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Optional;
import org.oas.migration.platform.inbox.InboxFeed;

/** Copies {@link ClientRevoked} events from the registry's topic into {@link Revocations}, once per event id. */
@ApplicationScoped
public class RevocationFeed implements InboxFeed {

    @Inject
    RevocationConfig config;

    @Inject
    Revocations revocations;

    @Inject
    ObjectMapper json;

    @Override
    public Optional<Subscription> subscription() {
        return Subscription.of(config.consume(), config.consumerName(), config.topic());
    }

    @Override
    public void handle(CloudEvent event) {
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
