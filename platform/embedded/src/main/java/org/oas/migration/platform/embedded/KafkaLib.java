package org.oas.migration.platform.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Finds the directory of broker jars copied by platform/kafka-runtime. */
final class KafkaLib {

    static final String PROPERTY = "oas.kafka.lib";
    static final String ENV = "OAS_KAFKA_LIB";
    static final String RELATIVE = "platform/kafka-runtime/target/lib";

    private KafkaLib() {
    }

    /** System property, else environment variable, else {@value #RELATIVE} found upward from the current dir. */
    static Path locate() {
        String configured = System.getProperty(PROPERTY);
        String source = "system property " + PROPERTY;
        if (isBlank(configured)) {
            configured = System.getenv(ENV);
            source = "environment variable " + ENV;
        }
        if (!isBlank(configured)) {
            Path dir = Path.of(configured).toAbsolutePath().normalize();
            if (!hasBrokerJar(dir)) {
                throw new IllegalStateException(source + " points to " + dir + ", which holds no kafka_*.jar. " + HINT);
            }
            return dir;
        }
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(RELATIVE);
            if (hasBrokerJar(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("Kafka broker jars not found: no " + RELATIVE + " with a kafka_*.jar above "
                + start + ", and neither -D" + PROPERTY + " nor " + ENV + " is set. " + HINT);
    }

    private static final String HINT = "Build them with: ./mvnw -q -pl platform/kafka-runtime install";

    private static boolean hasBrokerJar(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).anyMatch(n -> n.startsWith("kafka_") && n.endsWith(".jar"));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
