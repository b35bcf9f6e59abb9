package org.oas.migration.organizations.webhook.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A subscription's delivery health as the workers record it: failing since when, or disabled with the reason. Each
 * update is conditional on the state it changes, so two workers (or replicas) recording at once change it once.
 */
@ApplicationScoped
public class SubscriptionHealth {

    @Inject
    EntityManager em;

    /** A delivery succeeded: the subscription is no longer failing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void succeeded(UUID subscriptionId, OffsetDateTime now) {
        em.createNativeQuery("UPDATE webhook_subscription SET failing_since = NULL, version = version + 1, updated_at = ?2 "
                + "WHERE id = ?1 AND failing_since IS NOT NULL").setParameter(1, subscriptionId).setParameter(2, now).executeUpdate();
    }

    /** A first failure after a success: failing from now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void failingFrom(UUID subscriptionId, OffsetDateTime now) {
        em.createNativeQuery("UPDATE webhook_subscription SET failing_since = ?2, version = version + 1, updated_at = ?2 "
                + "WHERE id = ?1 AND failing_since IS NULL").setParameter(1, subscriptionId).setParameter(2, now).executeUpdate();
    }

    /** Disables an enabled subscription with the reason; false when it was no longer enabled. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean disable(UUID subscriptionId, OffsetDateTime now, String reason) {
        return em.createNativeQuery("UPDATE webhook_subscription SET enabled = false, disabled_at = ?2, disabled_reason = ?3, "
                        + "version = version + 1, updated_at = ?2 WHERE id = ?1 AND enabled")
                .setParameter(1, subscriptionId).setParameter(2, now).setParameter(3, reason).executeUpdate() == 1;
    }
}
