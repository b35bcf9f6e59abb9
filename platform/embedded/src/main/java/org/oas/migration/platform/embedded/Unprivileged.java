package org.oas.migration.platform.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL refuses to run as root. When this JVM is root, its commands run as {@code nobody}
 * (through {@code setpriv}) and the work dir is handed over to that user.
 */
final class Unprivileged {

    static final String USER = "nobody";

    private Unprivileged() {
    }

    static boolean isRoot() {
        if ("root".equals(System.getProperty("user.name"))) {
            return true;
        }
        try {
            // /proc/self belongs to this process's effective uid.
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The command as it must be started: unchanged for normal users, through setpriv for root. */
    static List<String> command(List<String> command) {
        if (!isRoot()) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of(
                "setpriv", "--reuid=" + USER, "--regid=" + group(), "--clear-groups"));
        wrapped.addAll(command);
        return wrapped;
    }

    /** Under root: fails clearly unless {@code nobody} can enter every parent of {@code workDir}. */
    static void requireReachable(Path workDir) {
        if (!isRoot()) {
            return;
        }
        Path dir = workDir.toAbsolutePath().normalize();
        for (Path parent = dir.getParent(); parent != null; parent = parent.getParent()) {
            requireTraversable(parent, workDir);
        }
    }

    /** Under root: gives {@code nobody} the whole work dir tree. */
    static void handOver(Path workDir, Path log) {
        if (!isRoot()) {
            return;
        }
        Path dir = workDir.toAbsolutePath().normalize();
        requireReachable(dir);
        ManagedProcess.run("chown", List.of("chown", "-R", USER + ":" + group(), dir.toString()),
                dir, log, Map.of(), Duration.ofMinutes(1));
    }

    private static void requireTraversable(Path dir, Path workDir) {
        PosixFileAttributes attrs;
        try {
            attrs = Files.readAttributes(dir, PosixFileAttributes.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read permissions of " + dir, e);
        }
        PosixFilePermission needed;
        if (attrs.owner().getName().equals(USER)) {
            needed = PosixFilePermission.OWNER_EXECUTE;
        } else if (attrs.group().getName().equals(group())) {
            needed = PosixFilePermission.GROUP_EXECUTE;
        } else {
            needed = PosixFilePermission.OTHERS_EXECUTE;
        }
        if (!attrs.permissions().contains(needed)) {
            throw new IllegalStateException("This JVM runs as root, so PostgreSQL runs as '" + USER
                    + "', but '" + USER + "' cannot enter directory " + dir + " ("
                    + PosixFilePermissions.toString(attrs.permissions()) + ", owner " + attrs.owner().getName()
                    + "), a parent of the work dir " + workDir
                    + ". Use a work dir below a world-traversable location such as /tmp (or chmod o+x " + dir + ").");
        }
    }

    /** Debian calls nobody's group "nogroup", others call it "nobody". */
    static String group() {
        try {
            GroupPrincipal nogroup = Path.of("/").getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByGroupName("nogroup");
            return nogroup.getName();
        } catch (IOException e) {
            return "nobody";
        }
    }
}
