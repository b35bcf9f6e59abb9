package org.oas.migration.deploy.images;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.oas.migration.platform.embedded.FreePorts;

/**
 * Trains an image's AOT cache (JEP 483/515) in the image itself: its entrypoint started from its own root file system
 * (same runtime, same jar paths and timestamps as in a container, which a cache requires) with
 * {@code -XX:AOTCacheOutput}, asked for the reads {@link #WORKLOAD} names, then stopped; the JVM writes the cache
 * when it exits.
 */
public final class AotTraining {

    /** What the training run is asked, beyond its start: each path a few times, so their code gets profiled. */
    static final Map<String, List<String>> WORKLOAD = Map.of("gateway", List.of("/q/openapi", "/q/asyncapi"));
    private static final int ROUNDS = 20;

    private AotTraining() {
    }

    /** Whether a training run can start here (a root file system needs root, unshare and chroot). */
    public static boolean possible() {
        return Container.possible();
    }

    /** The image's entrypoint and environment with the ports given (the training run shares this machine's ports). */
    static Launch launch(OciImage image, ServiceImage service, int http, int management) throws IOException {
        JsonNode config = image.config();
        Map<String, String> environment = new HashMap<>();
        for (JsonNode variable : config.path("Env")) {
            String[] pair = variable.asText().split("=", 2);
            environment.put(pair[0], pair[1]);
        }
        environment.put(service.configPrefix() + "_PORT", String.valueOf(http));
        environment.put(service.configPrefix() + "_MANAGEMENT_PORT", String.valueOf(management));
        List<String> entrypoint = new ArrayList<>();
        config.path("Entrypoint").forEach(part -> entrypoint.add(part.asText()));
        return new Launch(config.path("User").asText(), entrypoint, environment);
    }

    /** A start of an image: its user, command and environment. */
    record Launch(String user, List<String> entrypoint, Map<String, String> environment) {

        /** The same start with a JVM option right after {@code java}. */
        Launch withJvmOption(String option) {
            List<String> command = new ArrayList<>(entrypoint);
            command.add(1, option);
            return new Launch(user, command, environment);
        }
    }

    /**
     * Trains {@code service}'s cache from its image tarball and writes it to {@code cache}; empty when the service has
     * no training workload here.
     */
    static Optional<Path> train(ServiceImage service, Path tarball, Path work, Path cache) throws Exception {
        List<String> paths = WORKLOAD.get(service.module());
        if (paths == null) {
            return Optional.empty();
        }
        OciImage image = OciImage.unpack(tarball, work.resolve("unpacked"));
        Path root = image.rootFileSystem(work.resolve("rootfs"));
        int[] ports = twoFreePorts();
        int http = ports[0];
        int management = ports[1];
        Launch launch = launch(image, service, http, management).withJvmOption("-XX:AOTCacheOutput=/tmp/app.aot");
        try (Container container = Container.start(root, launch.user(), launch.entrypoint(), launch.environment(),
                work.resolve("training.log"))) {
            if (!container.awaitOk(URI.create("http://127.0.0.1:" + management + "/q/health/ready"), Duration.ofMinutes(3))) {
                throw new IOException(service.module() + " did not get ready for its training run:\n" + container.logText());
            }
            exercise(http, paths);
            if (!container.stop(Duration.ofMinutes(3))) {
                throw new IOException(service.module() + "'s training run did not stop:\n" + container.logText());
            }
        }
        Path written = root.resolve("tmp/app.aot");
        if (!Files.isRegularFile(written)) {
            throw new IOException(service.module() + "'s training run wrote no AOT cache: see " + work.resolve("training.log"));
        }
        Files.createDirectories(cache.getParent());
        Files.move(written, cache, StandardCopyOption.REPLACE_EXISTING);
        return Optional.of(cache);
    }

    private static void exercise(int http, List<String> paths) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        for (int round = 0; round < ROUNDS; round++) {
            for (String path : paths) {
                client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http + path)).build(),
                        HttpResponse.BodyHandlers.discarding());
            }
        }
    }

    /** Two distinct free ports on loopback for an image's API and management interface (platform-embedded's rule). */
    static int[] twoFreePorts() {
        int http = FreePorts.find();
        int management = FreePorts.find();
        while (management == http) {
            management = FreePorts.find();
        }
        return new int[] {http, management};
    }
}
