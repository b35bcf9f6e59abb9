package org.oas.migration.deploy.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.oas.migration.platform.embedded.ManagedProcess;

/**
 * One Quarkus service running as a child JVM (platform-embedded's {@link ManagedProcess}, as PostgreSQL and Kafka
 * are), with a pid file so the next run can stop it should the launcher be killed with -9.
 */
final class ServiceProcess {

    private static final Duration STOP_GRACE = Duration.ofSeconds(10);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

    private final Services.Service service;
    private final Path pidFile;
    private final ManagedProcess process;

    private ServiceProcess(Services.Service service, Path pidFile, ManagedProcess process) {
        this.service = service;
        this.pidFile = pidFile;
        this.process = process;
    }

    static ServiceProcess start(Services.Service service, Map<String, String> env, Layout layout) {
        Path logFile = layout.logs().resolve(service.name() + ".log");
        Path pidFile = layout.run().resolve(service.name() + ".pid");
        ManagedProcess.stopLeftover(pidFile, service.jar().toString(), "TERM", STOP_GRACE);
        ManagedProcess.requireFreePort(service.name(), service.port());
        ManagedProcess.requireFreePort(service.name() + " (management)", service.managementPort());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions(service));
        command.addAll(List.of("-jar", service.jar().toString()));
        try {
            Files.writeString(logFile, "==== " + OffsetDateTime.now() + " starting " + service.name() + " on port "
                    + service.port() + " ====\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            ManagedProcess process = ManagedProcess.start(service.name(), command, service.jar().getParent(), logFile, env,
                    Process::destroy, STOP_GRACE);
            Files.writeString(pidFile, process.handle().pid() + "\n");
            return new ServiceProcess(service, pidFile, process);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + service.name(), e);
        }
    }

    /** deploy/service.jvmopts, then deploy/{@code <service>}.jvmopts if there is one: the JVM options the benches use. */
    private static List<String> jvmOptions(Services.Service service) {
        Path deploy = service.jar().toAbsolutePath().getParent().getParent().getParent().getParent().resolve("deploy");
        List<String> files = new ArrayList<>(List.of("@" + deploy.resolve("service.jvmopts")));
        Path own = deploy.resolve(service.kind() + ".jvmopts");
        if (Files.exists(own)) {
            files.add("@" + own);
        }
        return files;
    }

    /** Polls readiness on the management interface; the pause is a wait on the process, so a crash is seen at once. */
    void awaitReady(HttpClient http, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        URI health = URI.create("http://127.0.0.1:" + service.managementPort() + "/q/health/ready");
        HttpRequest request = HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).GET().build();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service.name() + " exited during start-up with code " + process.exitValue()
                        + process.logTail());
            }
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + service.name(), e);
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new IllegalStateException(service.name() + " not ready (" + health + " did not answer 200) within "
                        + timeout.toSeconds() + " s" + process.logTail());
            }
            process.awaitExit(Duration.ofNanos(Math.min(left, POLL_INTERVAL.toNanos())));
        }
    }

    /** SIGTERM lets Quarkus shut down gracefully; after the grace period it is killed. Returns once it is gone. */
    void stop() {
        process.stop();
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            // harmless: the next run checks the command line before touching that pid
        }
    }

    CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int exitValue() {
        return process.exitValue();
    }

    String logTail() {
        return process.logTail();
    }

    @Override
    public String toString() {
        return process.toString();
    }
}
