package org.oas.migration.programs.imports.domain;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;

/** {@code oas.imports.*}: the limits and batching of bulk imports. */
@ConfigMapping(prefix = "oas.imports")
public interface ImportsConfig {

    /** Records (non-blank NDJSON lines, or iati-activity elements) in one import; more is a 413 and nothing is written. */
    @WithDefault("100000")
    int maxLines();

    /** Bytes of one import body (its own limit: imports are far larger than any other request). */
    @WithDefault("256M")
    MemorySize maxBodySize();

    /** Bytes of one NDJSON line; a longer line is rejected on its own. */
    @WithDefault("1M")
    MemorySize maxLineSize();

    /** Lines committed per transaction. */
    @WithDefault("250")
    int batchSize();

    /** Where bodies are spooled before they are read (default: the JVM's temporary directory). */
    Optional<Path> spoolDir();
}
