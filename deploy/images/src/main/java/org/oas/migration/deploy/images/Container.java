package org.oas.migration.deploy.images;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs an image's entrypoint from its unpacked root file system the way a container runtime would, without one: a
 * private mount namespace ({@code unshare}) with {@code /proc} and {@code /dev} mounted, {@code chroot} as the
 * image's user, the image's environment plus the test's. Needs root (CI runs as root here).
 */
final class Container implements AutoCloseable {

    private final Process process;
    private final Path log;

    private Container(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Whether this machine can run one: root, with unshare and chroot. */
    static boolean possible() {
        return "root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/usr/bin/unshare"))
                && Files.isExecutable(Path.of("/usr/sbin/chroot"));
    }

    static Container start(Path root, String user, List<String> entrypoint, Map<String, String> environment, Path log)
            throws IOException {
        // sh -c SCRIPT NAME ROOT USER ENTRYPOINT...: the mounts, then the entrypoint as the image's user
        List<String> command = new ArrayList<>();
        command.addAll(List.of("/usr/bin/unshare", "--mount", "--fork", "--", "/bin/sh", "-c",
                "r=$1; u=$2; shift 2; mount --rbind /dev \"$r/dev\" && mount -t proc proc \"$r/proc\" && exec /usr/sbin/chroot --userspec=\"$u\" \"$r\" \"$@\"",
                "container", root.toString(), user));
        command.addAll(entrypoint);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        return new Container(builder.start(), log);
    }

    /** The entrypoint's process (the chroot'ed Java), once it has replaced the shell. */
    Optional<ProcessHandle> application() {
        return process.descendants().filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false)).findFirst();
    }

    /** Waits until {@code url} answers 200, the container exits, or the deadline passes. */
    boolean awaitOk(URI url, Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            process.waitFor(200, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        return false;
    }

    String logText() throws IOException {
        return Files.readString(log);
    }

    /** Asks the application to stop (SIGTERM, as a runtime does) and waits for it: the JVM writes an AOT cache then. */
    boolean stop(Duration grace) throws InterruptedException {
        application().ifPresent(ProcessHandle::destroy);
        return process.waitFor(grace.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
        }
    }
}
