package org.oas.migration.organizations.webhook.domain;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;
import org.oas.migration.organizations.webhook.persistence.DeliveryQueue;
import org.oas.migration.organizations.webhook.persistence.SubscriptionHealth;
import org.oas.migration.organizations.webhook.persistence.WebhookAttemptEntity;
import org.oas.migration.organizations.webhook.persistence.WebhookDeliveryEntity;
import org.oas.migration.organizations.webhook.persistence.WebhookSubscriptionEntity;
import org.oas.migration.platform.model.VersionedEntity;

/**
 * The delivery workers: each claims one due delivery from PostgreSQL, sends it and records the attempt, in one
 * transaction (the row stays locked meanwhile, so no other worker or replica sends it too). A crash or stop before
 * the commit leaves the delivery pending: at-least-once. A failed attempt is retried after an exponential backoff
 * with jitter; a subscription that has failed without a success for {@code disable-after} is disabled, with the reason.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    @Inject
    WebhookConfig config;

    @Inject
    DeliveryQueue queue;

    @Inject
    WebhookSender sender;

    @Inject
    SubscriptionHealth health;

    @Inject
    EntityManager em;

    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean running;

    void onStart(@Observes StartupEvent event) {
        if (config.delivery().enabled()) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    /** Starts the workers (again, after {@link #stop}): what is pending in the queue is delivered. */
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        for (int i = 0; i < config.delivery().workers(); i++) {
            Thread worker = new Thread(this::run, "webhook-delivery-" + i);
            worker.setDaemon(true);
            worker.start();
            workers.add(worker);
        }
    }

    /** Stops the workers and waits for them; an attempt in flight is rolled back and stays pending. */
    public synchronized void stop() {
        running = false;
        for (Thread worker : workers) {
            worker.interrupt();
        }
        for (Thread worker : workers) {
            try {
                worker.join(15_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        workers.clear();
    }

    public boolean isRunning() {
        return running;
    }

    private void run() {
        long idleMillis = config.delivery().pollInterval().toMillis();
        while (running) {
            boolean worked;
            try {
                worked = QuarkusTransaction.requiringNew().timeout(timeoutSeconds()).call(this::deliverOne);
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warnf("Webhook delivery paused (%s)", e.getMessage());
                worked = false;
            }
            if (!worked && !pause(idleMillis)) {
                return;
            }
        }
    }

    private int timeoutSeconds() {
        Duration exchange = config.delivery().connectTimeout().plus(config.delivery().requestTimeout());
        return (int) exchange.toSeconds() + 30;
    }

    /** Delivers the next due delivery, if any; false when none was due. */
    private boolean deliverOne() {
        OffsetDateTime now = VersionedEntity.now();
        Optional<WebhookDeliveryEntity> claimed = queue.claim(now);
        if (claimed.isEmpty()) {
            return false;
        }
        WebhookDeliveryEntity d = claimed.get();
        WebhookSubscriptionEntity s = em.find(WebhookSubscriptionEntity.class, d.subscriptionId);
        long timestamp = now.toEpochSecond();
        WebhookSender.Outcome outcome = sender.send(s.url, s.signingSecrets(now), d.eventId, timestamp, d.body);
        if (!running && outcome.statusCode() == null) {
            throw new IllegalStateException("stopping: the delivery stays pending");
        }
        record(d, now, outcome);
        if (outcome.delivered()) {
            markSucceeding(s);
        } else {
            markFailing(s, now, outcome);
        }
        return true;
    }

    private void record(WebhookDeliveryEntity d, OffsetDateTime now, WebhookSender.Outcome outcome) {
        WebhookAttemptEntity attempt = new WebhookAttemptEntity();
        attempt.deliveryId = d.id;
        attempt.attemptedAt = now;
        attempt.statusCode = outcome.statusCode();
        attempt.latencyMs = (int) outcome.latencyMillis();
        attempt.response = outcome.response();
        attempt.error = outcome.error();
        attempt.persist();
        d.attempts++;
        d.lastAttemptAt = now;
        d.lastStatusCode = outcome.statusCode();
        d.lastLatencyMs = attempt.latencyMs;
        d.lastResponse = outcome.response();
        d.lastError = outcome.error();
        if (outcome.delivered()) {
            d.status = WebhookDeliveryEntity.DELIVERED;
            d.deliveredAt = now;
        } else {
            d.nextAttemptAt = now.plus(backoff(d.attempts));
        }
    }

    /** {@code initial * 2^(attempts-1)}, at most {@code max}, then "equal jitter": between half and all of it. */
    Duration backoff(int attempts) {
        long initial = config.delivery().initialBackoff().toMillis();
        long max = config.delivery().maxBackoff().toMillis();
        long exponential = attempts >= 31 ? max : Math.min(max, initial * (1L << Math.max(0, attempts - 1)));
        long half = exponential / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(exponential - half + 1));
    }

    private void markSucceeding(WebhookSubscriptionEntity s) {
        health.succeeded(s.id, VersionedEntity.now());
    }

    private void markFailing(WebhookSubscriptionEntity s, OffsetDateTime now, WebhookSender.Outcome outcome) {
        if (s.failingSince == null) {
            health.failingFrom(s.id, now);
        } else if (!now.isBefore(s.failingSince.plus(config.delivery().disableAfter()))) {
            String reason = "deliveries failed for longer than " + config.delivery().disableAfter() + " (since "
                    + s.failingSince + "); last: " + outcome.summary();
            if (health.disable(s.id, now, reason)) {
                queue.failPending(s.id, reason);
                LOG.infof("Webhook %s disabled: %s", s.id, reason);
            }
        }
    }

    private boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }
}
