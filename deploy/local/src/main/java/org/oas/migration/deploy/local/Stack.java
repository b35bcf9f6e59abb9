package org.oas.migration.deploy.local;

import java.util.ArrayList;
import java.util.List;
import org.oas.migration.platform.embedded.EmbeddedKafka;
import org.oas.migration.platform.embedded.EmbeddedPostgres;

/**
 * Everything started so far, stopped in reverse dependency order: services, then Kafka, then PostgreSQL.
 * Things are registered before they start, so a Ctrl-C during start-up still stops them.
 */
final class Stack {

    private final List<SupervisedService> services = new ArrayList<>();
    private EmbeddedPostgres postgres;
    private EmbeddedKafka kafka;
    private boolean stopping;
    private boolean stopped;

    synchronized void register(EmbeddedPostgres postgres) {
        requireOpen();
        this.postgres = postgres;
    }

    synchronized void register(EmbeddedKafka kafka) {
        requireOpen();
        this.kafka = kafka;
    }

    /** Registered before its first start: a concurrent stopAll() stops it (and it refuses to spawn after that). */
    synchronized void register(SupervisedService service) {
        requireOpen();
        services.add(service);
    }

    /** Between start-up steps: after a Ctrl-C the main thread must not go on starting or printing things. */
    synchronized void checkpoint() {
        requireOpen();
    }

    synchronized boolean isStopping() {
        return stopping;
    }

    /**
     * Called by the signal handler, the shutdown hook and the error path alike. A second caller (say, a second
     * Ctrl-C) waits for the first to finish, so the JVM never exits halfway through.
     */
    void stopAll() {
        List<SupervisedService> toStop;
        EmbeddedKafka k;
        EmbeddedPostgres pg;
        synchronized (this) {
            if (stopping) {
                awaitStopped();
                return;
            }
            stopping = true;
            toStop = new ArrayList<>(services);
            k = kafka;
            pg = postgres;
        }
        // Outside the lock: stopping PostgreSQL waits for a start() that may still be running on the main thread.
        for (int i = toStop.size() - 1; i >= 0; i--) {
            toStop.get(i).stop();
        }
        if (k != null) {
            System.out.println("Stopping Kafka ...");
            k.stop();
        }
        if (pg != null) {
            System.out.println("Stopping PostgreSQL ...");
            pg.stop();
        }
        if (!toStop.isEmpty() || k != null || pg != null) {
            System.out.println("Stopped.");
        }
        synchronized (this) {
            stopped = true;
            notifyAll();
        }
    }

    private void awaitStopped() {
        boolean interrupted = false;
        while (!stopped) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void requireOpen() {
        if (stopping) {
            throw new StoppingException();
        }
    }

    /** Start-up was interrupted by a stop request: not an error worth reporting. */
    static final class StoppingException extends RuntimeException {
        StoppingException() {
            super("stopping", null, false, false);
        }
    }
}
