package org.oas.migration.platform.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A child process whose output goes to a log file and which never outlives this JVM:
 * a shutdown hook stops it if nobody else did. The embedded servers and deploy/local's services all run as one.
 */
public final class ManagedProcess {

    private static final Duration KILL_WAIT = Duration.ofSeconds(10);

    private final String name;
    private final Process process;
    private final Path logFile;
    private final Consumer<Process> askToStop;
    private final Thread shutdownHook;

    private ManagedProcess(String name, Process process, Path logFile, Consumer<Process> askToStop, Duration grace) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
        this.askToStop = askToStop;
        this.shutdownHook = new Thread(() -> stopNow(grace), "stop-" + name);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts {@code command} in {@code dir}, appending stdout and stderr to {@code logFile}.
     * {@code askToStop} asks it politely to end; after {@code grace} it is killed.
     */
    public static ManagedProcess start(String name, List<String> command, Path dir, Path logFile, Map<String, String> env,
                                Consumer<Process> askToStop, Duration grace) {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().putAll(env);
        try {
            return new ManagedProcess(name, builder.start(), logFile, askToStop, grace);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name + ": " + command, e);
        }
    }

    /** Runs a command to completion; fails with the log's tail if it does not exit with 0 in time. */
    static void run(String name, List<String> command, Path dir, Path logFile, Map<String, String> env, Duration timeout) {
        ManagedProcess p = start(name, command, dir, logFile, env, Process::destroy, Duration.ofSeconds(5));
        boolean exited = p.awaitExit(timeout);
        p.stop();
        if (!exited) {
            throw new IllegalStateException(name + " did not finish within " + timeout + p.logTail());
        }
        if (p.process.exitValue() != 0) {
            throw new IllegalStateException(name + " failed with exit code " + p.process.exitValue() + p.logTail());
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Completes when the process has exited, however it ended. */
    public java.util.concurrent.CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    public ProcessHandle handle() {
        return process.toHandle();
    }

    public int exitValue() {
        return process.exitValue();
    }

    /** Waits up to {@code timeout} (also usable as an early-waking pause); true if the process has exited. */
    public boolean awaitExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    /** Stops the process (politely, then forcibly) and returns only once it and its children are gone. */
    public void stop() {
        stopNow(null);
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shutdownInProgress) {
            // the hook runs (or ran) anyway
        }
    }

    private synchronized void stopNow(Duration graceOrNull) {
        Duration grace = graceOrNull != null ? graceOrNull : Duration.ofSeconds(30);
        if (process.isAlive()) {
            askToStop.accept(process);
            if (!awaitExitUninterruptibly(grace)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                awaitExitUninterruptibly(KILL_WAIT);
            }
        }
        // A killed parent may leave children (e.g. PostgreSQL backends) behind.
        process.descendants().forEach(ProcessHandle::destroyForcibly);
    }

    /** Stopping must not be skipped because the caller was interrupted. */
    private boolean awaitExitUninterruptibly(Duration timeout) {
        boolean interrupted = Thread.interrupted();
        Deadline deadline = Deadline.after(timeout);
        try {
            while (true) {
                try {
                    return process.waitFor(deadline.remaining().toNanos(), TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Sends a Unix signal; the JDK can only send TERM and KILL itself. */
    static void signal(ProcessHandle process, String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!kill.waitFor(10, TimeUnit.SECONDS)) {
                kill.destroyForcibly();
            }
        } catch (IOException e) {
            process.destroy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
        }
    }

    /**
     * Stops a server left running by a JVM that died without its shutdown hooks (kill -9). It is found through
     * its pid file and must have {@code marker}, unique to the work dir, in its command line.
     */
    public static void stopLeftover(Path pidFile, String marker, String signal, Duration grace) {
        Optional<ProcessHandle> leftover = readPid(pidFile)
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false));
        if (leftover.isEmpty()) {
            return;
        }
        ProcessHandle process = leftover.get();
        signal(process, signal);
        if (!awaitExit(process, grace)) {
            process.destroyForcibly();
            awaitExit(process, KILL_WAIT);
        }
        if (process.isAlive()) {
            throw new IllegalStateException("Could not stop leftover process " + process.pid() + " (" + marker + ")");
        }
    }

    private static Optional<Long> readPid(Path pidFile) {
        try (Stream<String> lines = Files.lines(pidFile)) {
            return lines.findFirst().map(String::trim).filter(l -> l.matches("\\d+")).map(Long::valueOf);
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    /** Fails clearly instead of letting a readiness check talk to whatever already listens there. */
    public static void requireFreePort(String name, int port) {
        if (!FreePorts.isFree(port)) {
            throw new IllegalStateException(name + ": port " + port + " on 127.0.0.1 is already in use");
        }
    }

    public String logTail() {
        return logTail(logFile, 40);
    }

    /** The last lines of a log file, formatted to be appended to an error message. */
    public static String logTail(Path logFile, int lines) {
        try {
            List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            List<String> tail = all.subList(Math.max(0, all.size() - lines), all.size());
            return "\n--- last lines of " + logFile + " ---\n" + String.join("\n", tail);
        } catch (IOException | UncheckedIOException e) {
            return " (see " + logFile + ")";
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ")";
    }
}
