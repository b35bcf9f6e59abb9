package org.oas.migration.platform.inbox;

import io.cloudevents.CloudEvent;

/** Applies one CloudEvent to this service's state; called inside a transaction, at most once per event id. */
@FunctionalInterface
public interface EventHandler {
    void handle(CloudEvent event);
}
