package org.oas.migration.deploy.local;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A service the launcher keeps running: an exit it did not ask for is reported with the tail of the service's log
 * and answered by the {@link RestartRule} (start again after a pause, or give up and stop the stack).
 */
final class SupervisedService {

    private static final ScheduledExecutorService RESTARTS = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "restart-services");
        thread.setDaemon(true);
        return thread;
    });

    private final String name;
    private final Supplier<ServiceProcess> launch;
    private final HttpClient http;
    private final Duration startTimeout;
    private final Runnable giveUp;
    private final RestartRule rule = new RestartRule();
    private ServiceProcess current;
    private boolean stopping;

    /** @param giveUp what to do when the rule says stop (the launcher stops the stack and exits with 1) */
    SupervisedService(String name, Supplier<ServiceProcess> launch, HttpClient http, Duration startTimeout, Runnable giveUp) {
        this.name = name;
        this.launch = launch;
        this.http = http;
        this.startTimeout = startTimeout;
        this.giveUp = giveUp;
    }

    /** The first start, on the caller's thread: a failure here fails the start-up of the stack. */
    void start() {
        ServiceProcess process = spawn();
        process.awaitReady(http, startTimeout);
        watch(process);
    }

    private synchronized ServiceProcess spawn() {
        if (stopping) {
            throw new Stack.StoppingException();
        }
        current = launch.get();
        return current;
    }

    private void watch(ServiceProcess process) {
        process.onExit().thenRun(() -> exited(process));
    }

    private void exited(ServiceProcess process) {
        synchronized (this) {
            if (stopping || process != current) {
                return;
            }
        }
        System.err.println("\n" + name + " exited unexpectedly with code " + process.exitValue() + process.logTail());
        Optional<Duration> pause = rule.afterExitAt(Instant.now());
        if (pause.isEmpty()) {
            System.err.println(name + " exited " + (RestartRule.RESTARTS + 1) + " times within "
                    + RestartRule.WINDOW.toMinutes() + " minutes: stopping the stack.");
            new Thread(giveUp, "give-up-" + name).start();
            return;
        }
        System.err.printf(Locale.ROOT, "Restarting %s in %d s ...%n", name, pause.get().toSeconds());
        RESTARTS.schedule(this::restart, pause.get().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void restart() {
        ServiceProcess process;
        try {
            process = spawn();
        } catch (Stack.StoppingException e) {
            return;
        } catch (RuntimeException e) {
            System.err.println("Could not restart " + name + ": " + e.getMessage());
            new Thread(giveUp, "give-up-" + name).start();
            return;
        }
        watch(process);
        try {
            process.awaitReady(http, startTimeout);
            System.out.println(name + " restarted and ready (" + process + ")");
        } catch (IllegalStateException e) {
            // Exited during start-up: the exit watcher counts it. Hung: stop it and count that as an exit too.
            if (process.isAlive()) {
                System.err.println(e.getMessage());
                process.stop();
            }
        }
    }

    /** Stops the service for good: an exit from here on is ours, not a crash. */
    void stop() {
        ServiceProcess process;
        synchronized (this) {
            stopping = true;
            process = current;
        }
        if (process != null) {
            if (process.isAlive()) {
                System.out.println("Stopping " + name + " ...");
            }
            process.stop();
        }
    }
}
