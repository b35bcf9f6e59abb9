package org.oas.migration.deploy.images;

import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.ImageReference;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.JibContainer;
import com.google.cloud.tools.jib.api.JibContainerBuilder;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.FilePermissions;
import com.google.cloud.tools.jib.api.buildplan.ImageFormat;
import com.google.cloud.tools.jib.api.buildplan.Port;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.oas.migration.deploy.images.probe.HealthProbe;

/**
 * Builds one service's OCI image tarball with Jib's library, from scratch: the operating-system files, the linked
 * Java runtime, then the Quarkus fast-jar in the layers Quarkus's own Jib extension uses (libraries, which change
 * least, before the application), and the AOT cache when one was trained.
 *
 * <p>Why jib-core and not the {@code quarkus-container-image-jib} extension: the extension writes an image only to a
 * Docker daemon or to a registry, and pulls its base image from a registry; these machines have no daemon and reach
 * no container registry ({@code curl https://registry-1.docker.io/v2/}, quay.io, gcr.io, registry.access.redhat.com:
 * no connection, 2026-12-02). jib-core writes the same layered image to an OCI tarball, offline.
 */
public final class ImageBuilder {

    /** Where the runtime sits in the image. */
    static final String JAVA_HOME = "/opt/java";
    /** Where the application sits in the image (the working directory). */
    static final String APPLICATION = "/deployments";
    /** The AOT cache's path in the image, when the image has one. */
    static final String AOT_CACHE = APPLICATION + "/app.aot";
    /** JDK 17's AppCDS archive, which the Quarkus build writes: of no use to the image's JDK 25. */
    private static final String JDK17_ARCHIVE = "app-cds.jsa";
    /** Jib's reproducible timestamp: the same inputs give the same layers, and the AOT cache sees the same jars. */
    private static final Instant EPOCH_PLUS_ONE = Instant.ofEpochSecond(1);

    private final Path runtime;
    private final String runtimeVersion;
    private final Map<String, Path> operatingSystem;
    private final String packageVersions;
    private final Path cache;
    private final Path probe;

    /**
     * {@code runtime} from {@link JavaRuntime#link}, described by {@code runtimeVersion} in the image's labels;
     * {@code work} holds generated files and Jib's layer cache.
     */
    public ImageBuilder(Path runtime, String runtimeVersion, Path work) throws IOException, InterruptedException {
        this.runtime = runtime;
        this.runtimeVersion = runtimeVersion;
        this.operatingSystem = new java.util.TreeMap<>(OperatingSystemFiles.packaged());
        this.operatingSystem.putAll(OperatingSystemFiles.accounts(work.resolve("etc")));
        this.packageVersions = OperatingSystemFiles.versions();
        this.cache = work.resolve("jib-cache");
        this.probe = probeClasses(work.resolve("probe"));
    }

    /**
     * {@link HealthProbe}'s class file, from this module's own classes, in a class-path folder of its own: the
     * health check a shell-less image can run ({@code java -cp /opt/probe ...HealthProbe <url>}).
     */
    private static Path probeClasses(Path folder) throws IOException {
        String name = HealthProbe.class.getName().replace('.', '/') + ".class";
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        try (var in = HealthProbe.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " is not on the class path");
            }
            Files.write(file, in.readAllBytes());
        }
        return folder;
    }

    /** Writes {@code image}'s tarball to {@code tarball}, with the AOT cache file as a last layer when given. */
    public JibContainer build(ServiceImage image, Path application, Optional<Path> aotCache, Path tarball) throws Exception {
        if (!Files.isRegularFile(application.resolve("quarkus-run.jar"))) {
            throw new IOException(application + " holds no quarkus-run.jar: build " + image.module() + " first");
        }
        JibContainerBuilder builder = Jib.fromScratch()
                .setFormat(ImageFormat.OCI)
                .addFileEntriesLayer(operatingSystemLayer())
                .addFileEntriesLayer(tree("java-runtime", runtime, JAVA_HOME))
                .addFileEntriesLayer(tree("health-probe", probe, HealthProbe.CLASS_PATH))
                .addFileEntriesLayer(tree("libraries", application.resolve("lib"), APPLICATION + "/lib"))
                .addFileEntriesLayer(applicationLayer(application))
                .setUser(OperatingSystemFiles.USER + ":" + OperatingSystemFiles.USER)
                .setWorkingDirectory(AbsoluteUnixPath.get(APPLICATION))
                .setEnvironment(environment(image))
                .setExposedPorts(Set.of(Port.tcp(ServiceImage.HTTP_PORT), Port.tcp(ServiceImage.MANAGEMENT_PORT)))
                .setEntrypoint(entrypoint(aotCache.isPresent()))
                .addLabel("org.opencontainers.image.title", image.module())
                .addLabel("org.opencontainers.image.version", ServiceImage.TAG)
                .addLabel("org.oas.migration.java.runtime", runtimeVersion)
                .addLabel("org.oas.migration.debian.packages", packageVersions);
        if (aotCache.isPresent()) {
            builder.addFileEntriesLayer(FileEntriesLayer.builder().setName("aot-cache")
                    .addEntry(aotCache.get(), AbsoluteUnixPath.get(AOT_CACHE), FilePermissions.fromOctalString("644"),
                            EPOCH_PLUS_ONE)
                    .build());
        }
        Files.createDirectories(tarball.getParent());
        return builder.containerize(Containerizer.to(TarImage.at(tarball).named(ImageReference.parse(image.reference())))
                .setBaseImageLayersCache(cache)
                .setApplicationLayersCache(cache)
                .setOfflineMode(true)
                .setToolName("oas-migration deploy/images"));
    }

    /**
     * The container's command: the image's Java, the JVM options of a container (heap from the memory limit, exit
     * on OutOfMemoryError so the orchestrator restarts it), the AOT cache when present.
     */
    static List<String> entrypoint(boolean withAotCache) {
        // Serial GC named, not left to ergonomics (which pick it below 2 CPUs or 1792 MB): the AOT cache is trained
        // and used with the same collector, and the services' heaps are small.
        List<String> command = new ArrayList<>(List.of(JAVA_HOME + "/bin/java", "-XX:+UseSerialGC", "-XX:MaxRAMPercentage=70",
                "-XX:+ExitOnOutOfMemoryError", "-Djava.io.tmpdir=/tmp",
                // Netty's and Brotli's native libraries: allowed, rather than warned about on every start (JDK 24+)
                "--enable-native-access=ALL-UNNAMED"));
        if (withAotCache) {
            command.add("-XX:AOTCache=" + AOT_CACHE);
        }
        command.addAll(List.of("-jar", APPLICATION + "/quarkus-run.jar"));
        return command;
    }

    private static Map<String, String> environment(ServiceImage image) {
        Map<String, String> environment = new java.util.TreeMap<>(image.environment());
        environment.put("JAVA_HOME", JAVA_HOME);
        environment.put("PATH", JAVA_HOME + "/bin:/usr/bin:/bin");
        environment.put("LANG", "C.UTF-8");
        return environment;
    }

    private FileEntriesLayer operatingSystemLayer() throws IOException {
        FileEntriesLayer.Builder layer = FileEntriesLayer.builder().setName("operating-system");
        for (Map.Entry<String, Path> file : operatingSystem.entrySet()) {
            layer.addEntry(file.getValue(), AbsoluteUnixPath.get(file.getKey()), permissions(file.getValue()), EPOCH_PLUS_ONE);
        }
        // The only writable place (a read-only root file system mounts an emptyDir there), the user's home, and the
        // mount points every container runtime fills (the loader finds the runtime's libraries through /proc/self/exe).
        Path empty = Files.createDirectories(cache.resolveSibling("empty"));
        for (String mountPoint : List.of("/proc", "/sys", "/dev")) {
            layer.addEntry(empty, AbsoluteUnixPath.get(mountPoint), FilePermissions.fromOctalString("755"), EPOCH_PLUS_ONE);
        }
        layer.addEntry(empty, AbsoluteUnixPath.get("/tmp"), FilePermissions.fromOctalString("777"), EPOCH_PLUS_ONE);
        layer.addEntry(empty, AbsoluteUnixPath.get("/home/app"), FilePermissions.fromOctalString("755"), EPOCH_PLUS_ONE,
                OperatingSystemFiles.USER + ":" + OperatingSystemFiles.USER);
        return layer.build();
    }

    private static FileEntriesLayer applicationLayer(Path application) throws IOException {
        FileEntriesLayer.Builder layer = FileEntriesLayer.builder().setName("application");
        try (Stream<Path> entries = Files.list(application)) {
            for (Path entry : entries.sorted().toList()) {
                String name = entry.getFileName().toString();
                if (!name.equals("lib") && !name.equals(JDK17_ARCHIVE)) {
                    addTree(layer, entry, APPLICATION + "/" + name);
                }
            }
        }
        return layer.build();
    }

    private static FileEntriesLayer tree(String name, Path source, String target) throws IOException {
        FileEntriesLayer.Builder layer = FileEntriesLayer.builder().setName(name);
        addTree(layer, source, target);
        return layer.build();
    }

    private static void addTree(FileEntriesLayer.Builder layer, Path source, String target) throws IOException {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : paths.sorted().toList()) {
                String relative = source.relativize(path).toString();
                AbsoluteUnixPath inImage = AbsoluteUnixPath.get(relative.isEmpty() ? target : target + "/" + relative);
                layer.addEntry(path, inImage, permissions(path), EPOCH_PLUS_ONE);
            }
        }
    }

    /** The file's own mode, without write access for anyone but root: the application cannot change its image. */
    private static FilePermissions permissions(Path file) throws IOException {
        boolean executable = Files.isDirectory(file) || Files.isExecutable(file);
        return FilePermissions.fromOctalString(executable ? "755" : "644");
    }
}
