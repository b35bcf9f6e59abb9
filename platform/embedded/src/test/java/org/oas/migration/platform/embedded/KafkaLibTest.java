package org.oas.migration.platform.embedded;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class KafkaLibTest {

    @Test
    void surefireProvidesTheBrokerJars() {
        assertTrue(Files.isDirectory(KafkaLib.locate()));
    }

    @Test
    void wrongPropertyFailsClearly() throws Exception {
        Path empty = Files.createTempDirectory("oas-no-kafka-");
        String before = System.getProperty(KafkaLib.PROPERTY);
        System.setProperty(KafkaLib.PROPERTY, empty.toString());
        try {
            IllegalStateException e = assertThrows(IllegalStateException.class, KafkaLib::locate);
            assertTrue(e.getMessage().contains("kafka-runtime"), e.getMessage());
        } finally {
            if (before == null) {
                System.clearProperty(KafkaLib.PROPERTY);
            } else {
                System.setProperty(KafkaLib.PROPERTY, before);
            }
            WorkDirs.deleteRecursively(empty);
        }
    }
}
