package org.oas.migration.deploy.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oas.migration.deploy.images.probe.HealthProbe;

/**
 * Builds the four images (OCI tarballs under {@code target/images}) and checks what a cluster relies on: the names the
 * manifests deploy, the non-root user, Java 25, the container ports; then starts the gateway from its image's own
 * root file system as that user, with the AOT cache trained at build time required ({@code -XX:AOTMode=on}), and asks
 * its probes.
 */
class ImagesTest {

    private static final Path REPOSITORY = Path.of(System.getProperty("oas.repository.dir", "../..")).toAbsolutePath().normalize();
    private static final Path OUTPUT = Path.of(System.getProperty("oas.images.dir", "target/images")).toAbsolutePath();
    private static final Map<String, OciImage> IMAGES = new HashMap<>();

    @BeforeAll
    static void buildTheImages() throws Exception {
        assumeTrue(JavaRuntime.findJdk().isPresent(), "no JDK 25+ on this machine: the images are not built");
        long started = System.nanoTime();
        List<Path> tarballs = Images.buildAll(REPOSITORY, OUTPUT);
        List<String> sizes = new ArrayList<>();
        for (int i = 0; i < tarballs.size(); i++) {
            ServiceImage image = ServiceImage.all().get(i);
            IMAGES.put(image.module(), OciImage.unpack(tarballs.get(i), OUTPUT.resolve("unpacked").resolve(image.module())));
            sizes.add(image.module() + " " + (Files.size(tarballs.get(i)) >> 20) + " MB");
        }
        System.out.printf("Images: %d built in %d s (%s) under %s%n", tarballs.size(),
                Duration.ofNanos(System.nanoTime() - started).toSeconds(), String.join(", ", sizes), OUTPUT);
    }

    @Test
    void eachImageIsNamedAsTheKubernetesManifestsDeployIt() throws IOException {
        for (ServiceImage image : ServiceImage.all()) {
            assertEquals(image.reference(), IMAGES.get(image.module()).reference());
            String manifest = Files.readString(REPOSITORY.resolve("deploy/kubernetes/base/" + image.module() + ".yaml"));
            assertTrue(manifest.contains("image: " + image.reference()), image.module() + "'s Deployment runs another image");
        }
    }

    @Test
    void eachImageRunsAsTheServiceUserNotRoot() throws IOException {
        for (ServiceImage image : ServiceImage.all()) {
            assertEquals("185:185", IMAGES.get(image.module()).config().path("User").asText(), image.module());
        }
    }

    @Test
    void eachImageStartsTheApplicationOnItsJava25Runtime() throws IOException {
        for (ServiceImage image : ServiceImage.all()) {
            JsonNode config = IMAGES.get(image.module()).config();
            assertEquals("/opt/java/bin/java", config.path("Entrypoint").path(0).asText(), image.module());
            assertEquals("/deployments/quarkus-run.jar", last(config.path("Entrypoint")), image.module());
            String runtime = config.path("Labels").path("org.oas.migration.java.runtime").asText();
            assertTrue(JavaRuntime.FEATURE <= Integer.parseInt(runtime.replaceAll("^\\D*(\\d+).*$", "$1")), runtime);
        }
    }

    @Test
    void eachImageListensOnTheContainerPortsTheManifestsProbe() throws IOException {
        for (ServiceImage image : ServiceImage.all()) {
            JsonNode config = IMAGES.get(image.module()).config();
            assertTrue(config.path("ExposedPorts").has(ServiceImage.HTTP_PORT + "/tcp"), image.module());
            assertTrue(config.path("ExposedPorts").has(ServiceImage.MANAGEMENT_PORT + "/tcp"), image.module());
            assertTrue(env(config).contains(image.configPrefix() + "_MANAGEMENT_HOST=0.0.0.0"), image.module());
        }
    }

    @Test
    void theGatewayImageStartsFromItsOwnFilesAsTheServiceUserWithItsAotCache() throws Exception {
        assumeTrue(AotTraining.possible(), "starting an image's root file system needs root, unshare and chroot");
        OciImage gateway = IMAGES.get("gateway");
        assertTrue(entrypoint(gateway).contains("-XX:AOTCache=" + ImageBuilder.AOT_CACHE), "no AOT cache in the entrypoint");
        Path root = gateway.rootFileSystem(OUTPUT.resolve("rootfs/gateway"));
        int[] ports = AotTraining.twoFreePorts();
        int management = ports[1];
        AotTraining.Launch launch = AotTraining.launch(gateway, ServiceImage.all().get(3), ports[0], management)
                // a cache the JVM cannot map is then an error, not a silent slower start
                .withJvmOption("-XX:AOTMode=on");
        try (Container container = Container.start(root, launch.user(), launch.entrypoint(), launch.environment(),
                OUTPUT.resolve("gateway-container.log"))) {
            boolean ready = container.awaitOk(URI.create("http://127.0.0.1:" + management + "/q/health/ready"), Duration.ofSeconds(120));
            assertTrue(ready, "not ready:\n" + container.logText());
            assertTrue(container.awaitOk(URI.create("http://127.0.0.1:" + management + "/q/health/live"), Duration.ofSeconds(5)));
            ProcessHandle java = container.application().orElseThrow();
            assertEquals("185", uid(java.pid()), "the gateway runs as another user");
            // the health check deploy/compose runs, with the image's own Java and probe class
            assertEquals(0, probe(root, "http://127.0.0.1:" + management + "/q/health/ready"), "the image's health probe failed");
            assertEquals(1, probe(root, "http://127.0.0.1:" + management + "/q/health/none"), "the probe took a 404 for healthy");
        }
    }

    /** Runs the image's {@code HealthProbe} with the image's Java (same C library as this machine's) and returns its exit code. */
    private static int probe(Path root, String url) throws IOException, InterruptedException {
        Process probe = new ProcessBuilder(root.resolve("opt/java/bin/java").toString(), "-cp",
                root.resolve(HealthProbe.CLASS_PATH.substring(1)).toString(), HealthProbe.class.getName(), url)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!probe.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            probe.destroyForcibly();
            throw new IllegalStateException("the health probe did not finish within 30 s");
        }
        return probe.exitValue();
    }

    private static List<String> entrypoint(OciImage image) throws IOException {
        List<String> command = new ArrayList<>();
        image.config().path("Entrypoint").forEach(part -> command.add(part.asText()));
        return command;
    }

    private static String uid(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(line -> line.startsWith("Uid:"))
                .map(line -> line.split("\\s+")[1]).findFirst().orElseThrow();
    }

    private static String last(JsonNode array) {
        return array.path(array.size() - 1).asText();
    }

    private static List<String> env(JsonNode config) {
        List<String> variables = new ArrayList<>();
        config.path("Env").forEach(variable -> variables.add(variable.asText()));
        return variables;
    }

}
