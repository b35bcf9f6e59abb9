package org.oas.migration.organizations.webhook.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The deliveries waiting in PostgreSQL. A worker claims one due delivery (row-locked, skipping those another worker
 * holds) whose subscription is enabled and which no earlier pending delivery of the same subscription and subject
 * precedes: a subject's events reach a receiver in the order they were consumed, across workers and replicas.
 */
@ApplicationScoped
public class DeliveryQueue {

    private static final String DUE = """
            SELECT d.* FROM webhook_delivery d JOIN webhook_subscription s ON s.id = d.subscription_id
            WHERE d.status = 'pending' AND d.next_attempt_at <= ?1 AND s.enabled AND s.deleted_at IS NULL
              AND NOT EXISTS (SELECT 1 FROM webhook_delivery e WHERE e.subscription_id = d.subscription_id
                              AND e.subject = d.subject AND e.status = 'pending' AND e.seq < d.seq)
            ORDER BY d.next_attempt_at, d.seq LIMIT 1 FOR UPDATE OF d SKIP LOCKED""";

    @Inject
    EntityManager em;

    /** Queues {@code delivery} unless this subscription already has this event (a replayed event is queued once). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean enqueue(WebhookDeliveryEntity d) {
        return em.createNativeQuery("""
                        INSERT INTO webhook_delivery (id, subscription_id, event_id, event_type, subject, body, status, attempts,
                                                      next_attempt_at, created_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'pending', 0, ?7, ?7) ON CONFLICT (subscription_id, event_id) DO NOTHING""")
                .setParameter(1, d.id).setParameter(2, d.subscriptionId).setParameter(3, d.eventId).setParameter(4, d.eventType)
                .setParameter(5, d.subject).setParameter(6, d.body).setParameter(7, d.createdAt).executeUpdate() == 1;
    }

    /** The next due delivery, locked until the caller's transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<WebhookDeliveryEntity> claim(OffsetDateTime now) {
        @SuppressWarnings("unchecked")
        List<WebhookDeliveryEntity> due = em.createNativeQuery(DUE, WebhookDeliveryEntity.class).setParameter(1, now).getResultList();
        return due.stream().findFirst();
    }

    /** Gives up the pending deliveries of a subscription that was disabled (each can be redelivered by hand). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int failPending(UUID subscriptionId, String reason) {
        return em.createNativeQuery("UPDATE webhook_delivery SET status = 'failed', last_error = coalesce(last_error, ?2) "
                        + "WHERE subscription_id = ?1 AND status = 'pending'")
                .setParameter(1, subscriptionId).setParameter(2, reason).executeUpdate();
    }

    /** Deliveries of a subscription in a status (for the owner's and the tests' overview). */
    public long count(UUID subscriptionId, String status) {
        return WebhookDeliveryEntity.count("subscriptionId = ?1 and status = ?2", subscriptionId, status);
    }
}
