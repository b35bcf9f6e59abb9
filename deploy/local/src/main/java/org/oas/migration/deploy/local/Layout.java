package org.oas.migration.deploy.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.oas.migration.platform.embedded.WorkDirs;

/** Where things live below the data dir. */
record Layout(Path data) {

    /** Everything the stack writes; --reset deletes nothing else, in case the data dir was mistyped. */
    private static final Set<String> OWN_ENTRIES = Set.of("postgres", "kafka", "keys", "credentials", "logs", "run");

    Path postgres() {
        return data.resolve("postgres");
    }

    Path kafka() {
        return data.resolve("kafka");
    }

    Path keys() {
        return data.resolve("keys");
    }

    Path credentials() {
        return data.resolve("credentials");
    }

    Path logs() {
        return data.resolve("logs");
    }

    /** Pid files of the services. */
    Path run() {
        return data.resolve("run");
    }

    void reset() {
        if (!Files.exists(data)) {
            return;
        }
        Set<String> foreign;
        try (Stream<Path> entries = Files.list(data)) {
            foreign = entries.map(p -> p.getFileName().toString()).filter(n -> !OWN_ENTRIES.contains(n))
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the data dir " + data, e);
        }
        if (!foreign.isEmpty()) {
            throw new IllegalStateException("Refusing to --reset " + data + ": it holds " + foreign
                    + ", which the local stack did not create. Is this the right --data-dir?");
        }
        System.out.println("Deleting " + data + " (--reset)");
        WorkDirs.deleteRecursively(data);
    }

    void create() {
        try {
            Files.createDirectories(data);
            Files.createDirectories(logs());
            Files.createDirectories(run());
            Files600.createPrivateDirectory(keys());
            Files600.createPrivateDirectory(credentials());
        } catch (IOException e) {
            throw new UncheckedIOException("The data dir " + data + " is not usable (" + e
                    + "); choose another one with --data-dir or OAS_DATA_DIR", e);
        }
        if (!Files.isWritable(data)) {
            throw new IllegalStateException("The data dir " + data + " is not writable; choose another one with "
                    + "--data-dir or OAS_DATA_DIR");
        }
    }
}
