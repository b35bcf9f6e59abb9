package org.oas.migration.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.oas.migration.platform.ids.UuidV7;

/**
 * Records a change event in the caller's transaction: the event exists if and only if the change commits.
 * The {@link OutboxRelay} publishes it to Kafka afterwards.
 */
@ApplicationScoped
public class Outbox {

    private static final String TYPE_PREFIX = "org.oas.migration.";

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    EventsConfig config;

    /**
     * @param resource the resource name in event types, e.g. {@code organization}
     * @param action   {@code created}, {@code updated} or {@code deleted}
     * @param payload  the resource's public representation (for a deletion: its id and version)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(String resource, String action, UUID resourceId, Object payload) {
        UUID eventId = UuidV7.next();
        OutboxEvent event = new OutboxEvent();
        event.eventId = eventId;
        event.topic = config.topic();
        event.eventKey = resourceId.toString();
        event.eventType = TYPE_PREFIX + resource + "." + action;
        event.source = config.source();
        event.subject = resourceId.toString();
        event.payload = write(payload);
        event.traceparent = TraceContext.current();
        em.persist(event);
        return eventId;
    }

    private String write(Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event payload is not serializable", e);
        }
    }
}
