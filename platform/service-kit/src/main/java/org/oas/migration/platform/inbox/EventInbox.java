package org.oas.migration.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Idempotent consumption: an event id is accepted once per consumer, in the same transaction as its effect,
 * so a redelivered event changes nothing.
 */
@ApplicationScoped
public class EventInbox {

    @Inject
    EntityManager em;

    /** True the first time this consumer sees the event id; false for a redelivery. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, String eventId) {
        return em.createNativeQuery("INSERT INTO inbox_event (consumer, event_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, consumer).setParameter(2, eventId).executeUpdate() == 1;
    }
}
