package org.oas.migration.deploy.images;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The Java runtime of the images: linked with {@code jlink} from a JDK 25 or later found on the machine (the suite
 * compiles for 17; 25 brings the AOT cache of JEP 483/515). No base image is pulled: these machines reach no container
 * registry, and a runtime linked from the JDK the build already has holds only the modules the services use.
 */
public final class JavaRuntime {

    /** The modules the services load: Java SE, plus what Quarkus, Netty, Kafka and the PostgreSQL driver reach. */
    static final List<String> MODULES = List.of("java.se", "jdk.unsupported", "jdk.management", "jdk.crypto.cryptoki",
            "jdk.naming.dns", "jdk.zipfs", "jdk.net", "jdk.jfr", "jdk.localedata", "jdk.charsets");

    /** The oldest feature release whose runtime the images take. */
    static final int FEATURE = 25;

    private JavaRuntime() {
    }

    /**
     * A JDK {@value #FEATURE}+ home: {@code IMAGE_JDK} if set, else the first under {@code /usr/lib/jvm} (newest
     * first), else the running one if recent enough.
     */
    public static Optional<Path> findJdk() {
        String named = System.getenv("IMAGE_JDK");
        if (named != null && !named.isBlank()) {
            return Optional.of(Path.of(named)).filter(JavaRuntime::isLinkableJdk);
        }
        List<Path> candidates = new ArrayList<>();
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> homes = Files.list(jvms)) {
                homes.sorted((a, b) -> Integer.compare(feature(b), feature(a))).forEach(candidates::add);
            } catch (IOException e) {
                throw new IllegalStateException("cannot list " + jvms, e);
            }
        }
        candidates.add(Path.of(System.getProperty("java.home")));
        return candidates.stream().filter(JavaRuntime::isLinkableJdk).findFirst();
    }

    /** The JDK's feature release from its {@code release} file, 0 when it has none. */
    static int feature(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release)) {
            return 0;
        }
        Properties properties = new Properties();
        try (var in = Files.newInputStream(release)) {
            properties.load(in);
        } catch (IOException e) {
            return 0;
        }
        String version = properties.getProperty("JAVA_VERSION", "\"0\"").replace("\"", "");
        try {
            return Integer.parseInt(version.split("[.+-]")[0]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The runtime's implementor and version, e.g. {@code Eclipse Adoptium 25.0.3+9-LTS}. */
    static String describe(Path runtime) throws IOException {
        Properties properties = new Properties();
        try (var in = Files.newInputStream(runtime.resolve("release"))) {
            properties.load(in);
        }
        return (properties.getProperty("IMPLEMENTOR", "") + " " + properties.getProperty("JAVA_RUNTIME_VERSION",
                properties.getProperty("JAVA_VERSION", ""))).replace("\"", "").trim();
    }

    private static boolean isLinkableJdk(Path home) {
        return feature(home) >= FEATURE && Files.isExecutable(home.resolve("bin/jlink"));
    }

    /** Links the runtime into {@code output} (kept between builds when it already holds this JDK's runtime). */
    public static Path link(Path jdk, Path output) throws IOException, InterruptedException {
        Path linkedFrom = output.getParent().resolve(output.getFileName() + ".linked-from");
        String jdkRelease = Files.readString(jdk.resolve("release"));
        if (Files.isDirectory(output) && Files.isRegularFile(linkedFrom) && Files.readString(linkedFrom).equals(jdkRelease)) {
            return output;
        }
        Processes.deleteTree(output);
        Files.createDirectories(output.getParent());
        Processes.run(List.of(jdk.resolve("bin/jlink").toString(), "--add-modules", String.join(",", MODULES),
                "--strip-debug", "--no-man-pages", "--no-header-files", "--generate-cds-archive",
                "--output", output.toString()));
        Files.writeString(linkedFrom, jdkRelease);
        return output;
    }
}
