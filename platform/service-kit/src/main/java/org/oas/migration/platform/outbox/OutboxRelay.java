package org.oas.migration.platform.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox rows to Kafka, then deletes them. Woken by PostgreSQL NOTIFY at commit (with a
 * poll interval as a safety net). Kafka or database outages only delay events: rows stay until acknowledged.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long MAX_BACKOFF_MILLIS = 5_000;

    @Inject
    EventsConfig config;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username", defaultValue = "postgres")
    String username;

    @ConfigProperty(name = "quarkus.datasource.password", defaultValue = "")
    String password;

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean leader;
    private Thread worker;

    /**
     * A relay outside the container, as another replica of the service would run one on the same outbox: drills
     * and tests start it with {@link #startReplica()} beside the service's own.
     */
    public static OutboxRelay replica(EventsConfig config, String jdbcUrl, String username, String password) {
        OutboxRelay relay = new OutboxRelay();
        relay.config = config;
        relay.jdbcUrl = jdbcUrl;
        relay.username = username;
        relay.password = password;
        return relay;
    }

    public void startReplica() {
        start(null);
    }

    public void stopReplica() throws InterruptedException {
        stop(null);
    }

    void start(@Observes StartupEvent event) {
        if (!config.relayEnabled()) {
            return;
        }
        running.set(true);
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running.set(false);
        if (worker != null) {
            worker.interrupt();
            worker.join(10_000);
        }
    }

    /** Whether this replica currently holds the publisher lock. */
    public boolean isLeader() {
        return leader;
    }

    private void run() {
        long backoff = 100;
        CloudEventPublisher publisher = new CloudEventPublisher(config.bootstrapServers());
        try {
            while (running.get()) {
                try (OutboxStore store = new OutboxStore(DriverManager.getConnection(jdbcUrl, username, password))) {
                    backoff = 100;
                    serve(store, publisher);
                } catch (SQLException | RuntimeException e) {
                    leader = false;
                    if (running.get()) {
                        LOG.warnf("Outbox relay paused (%s); retrying in %d ms", e.getMessage(), backoff);
                        backoff = pause(backoff);
                    }
                }
            }
        } finally {
            leader = false;
            // Stopping interrupts this thread; the producer's close would then fail (and log an error) instead of
            // flushing. Nothing is lost either way (unacknowledged rows stay in the outbox), but shut down cleanly.
            Thread.interrupted();
            publisher.close();
        }
    }

    private void serve(OutboxStore store, CloudEventPublisher publisher) throws SQLException {
        int pollMillis = (int) config.pollInterval().toMillis();
        long backoff = 100;
        while (running.get()) {
            leader = leader || store.tryLead();
            if (leader) {
                try {
                    drain(store, publisher);
                    backoff = 100;
                } catch (java.util.concurrent.ExecutionException e) {
                    LOG.warnf("Kafka did not acknowledge events (%s); retrying in %d ms", e.getCause(), backoff);
                    backoff = pause(backoff);
                    continue;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            store.awaitNotification(pollMillis);
        }
    }

    private void drain(OutboxStore store, CloudEventPublisher publisher)
            throws SQLException, java.util.concurrent.ExecutionException, InterruptedException {
        List<PendingEvent> batch = store.pending(config.batchSize());
        while (!batch.isEmpty() && running.get()) {
            publisher.publish(batch);
            store.delete(batch);
            // A short batch drained the outbox; rows committed since then have queued a notification.
            batch = batch.size() < config.batchSize() ? List.of() : store.pending(config.batchSize());
        }
    }

    private long pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.set(false);
        }
        return Math.min(millis * 2, MAX_BACKOFF_MILLIS);
    }
}
