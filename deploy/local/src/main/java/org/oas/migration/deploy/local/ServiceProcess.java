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
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** One Quarkus service running as a child JVM, its output appended to a log file. */
final class ServiceProcess {

    private static final Duration STOP_GRACE = Duration.ofSeconds(10);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final int LOG_TAIL_LINES = 30;

    private final String name;
    private final int port;
    /** Where health answers: the management interface, not the public port. */
    private final int managementPort;
    private final Path jar;
    private final Path logFile;
    private final Path pidFile;
    private final Process process;
    private volatile boolean stopping;

    private ServiceProcess(String name, int port, int managementPort, Path jar, Path logFile, Path pidFile, Process process) {
        this.name = name;
        this.port = port;
        this.managementPort = managementPort;
        this.jar = jar;
        this.logFile = logFile;
        this.pidFile = pidFile;
        this.process = process;
    }

    /**
     * deploy/service.jvmopts, then deploy/{@code <service>}.jvmopts if there is one (the same JVM options the
     * benchmarks use), as argument files, from {@code <repo>/<service>/target/quarkus-app/quarkus-run.jar}.
     */
    private static List<String> jvmOptions(String name, Path jar) {
        Path deploy = jar.toAbsolutePath().getParent().getParent().getParent().getParent().resolve("deploy");
        List<String> files = new ArrayList<>(List.of("@" + deploy.resolve("service.jvmopts")));
        Path own = deploy.resolve(name + ".jvmopts");
        if (Files.exists(own)) {
            files.add("@" + own);
        }
        return files;
    }

    static ServiceProcess start(String name, int port, int managementPort, Path jar, Map<String, String> env, Path logsDir,
                                Path runDir) {
        Path logFile = logsDir.resolve(name + ".log");
        Path pidFile = runDir.resolve(name + ".pid");
        stopLeftover(name, pidFile, jar);
        requireFreePort(name, port, "port");
        requireFreePort(name, managementPort, "management port");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions(name, jar));
        command.addAll(List.of("-jar", jar.toString()));
        try {
            Files.createDirectories(logsDir);
            Files.createDirectories(runDir);
            Files.writeString(logFile, "==== " + OffsetDateTime.now() + " starting " + name + " on port " + port + " ====\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(jar.getParent().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            builder.environment().putAll(env);
            Process process = builder.start();
            // Lets the next run stop this service should the launcher be killed without running its hooks (kill -9).
            Files.writeString(pidFile, process.pid() + "\n");
            return new ServiceProcess(name, port, managementPort, jar, logFile, pidFile, process);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name + " (" + String.join(" ", command) + ")", e);
        }
    }

    /**
     * Polls the readiness check on the management interface; the pause is a wait on the process, so a crash is
     * noticed at once.
     */
    void awaitReady(HttpClient http, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        URI health = URI.create("http://127.0.0.1:" + managementPort + "/q/health/ready");
        HttpRequest request = HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).GET().build();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited during start-up with code " + process.exitValue()
                        + logTail());
            }
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + name, e);
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new IllegalStateException(name + " not ready (" + health + " did not answer 200) within "
                        + timeout.toSeconds() + " s" + logTail());
            }
            try {
                process.waitFor(Math.min(left, POLL_INTERVAL.toNanos()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + name, e);
            }
        }
    }

    /** SIGTERM lets Quarkus shut down gracefully; after the grace period it is killed. Returns once it is gone. */
    void stop() {
        stopping = true;
        if (process.isAlive()) {
            process.destroy();
            if (!waitUninterruptibly(STOP_GRACE)) {
                System.out.println("  " + name + " did not stop within " + STOP_GRACE.toSeconds() + " s; killing it");
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                waitUninterruptibly(STOP_GRACE);
            }
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            // harmless: the next run checks the command line before touching that pid
        }
    }

    /** Tells the user when a service dies while the stack is up (not when we stop it). */
    void reportUnexpectedExit() {
        process.onExit().thenAccept(p -> {
            if (!stopping) {
                System.err.println("\n" + name + " exited unexpectedly with code " + p.exitValue() + logTail());
            }
        });
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String name() {
        return name;
    }

    String logTail() {
        try {
            String text = new String(Files.readAllBytes(logFile), StandardCharsets.UTF_8);
            List<String> lines = text.lines().toList();
            return "\n--- last " + LOG_TAIL_LINES + " lines of " + logFile + " ---\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return " (see " + logFile + ")";
        }
    }

    private boolean waitUninterruptibly(Duration timeout) {
        boolean interrupted = false;
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                try {
                    return process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    interrupted = true; // stopping must not be skipped
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A service of a previous run whose launcher was killed with -9: same pid and same jar on its command line. */
    private static void stopLeftover(String name, Path pidFile, Path jar) {
        Optional<ProcessHandle> leftover;
        try {
            String pid = Files.readString(pidFile).trim();
            leftover = ProcessHandle.of(Long.parseLong(pid))
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().commandLine().map(c -> c.contains(jar.toString())).orElse(false));
        } catch (IOException | NumberFormatException e) {
            return;
        }
        leftover.ifPresent(p -> {
            System.out.println("Stopping " + name + " left over from a previous run (pid " + p.pid() + ")");
            p.destroy();
            try {
                p.onExit().get(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                p.destroyForcibly();
            }
        });
    }

    /** Fails clearly instead of letting the readiness check talk to whatever already listens there. */
    private static void requireFreePort(String name, int port, String which) {
        try (java.net.ServerSocket socket = new java.net.ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new java.net.InetSocketAddress("0.0.0.0", port));
        } catch (IOException e) {
            throw new IllegalStateException(name + ": " + which + " " + port + " is already in use (choose another one with "
                    + "the environment variable for this service's " + which + ", see --help)");
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ")";
    }
}
