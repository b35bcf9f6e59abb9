package org.oas.migration.deploy.images;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The few operating-system files a Java runtime needs, taken from the Debian packages installed on the building
 * machine (the C library, libgcc, zlib, time zones, {@code /etc/services}): a "distroless" root file system. The
 * package versions go into the image's labels. Symbolic links are stored as the files they point to.
 */
public final class OperatingSystemFiles {

    /** The Debian packages whose files the images carry. */
    static final List<String> PACKAGES = List.of("libc6", "libgcc-s1", "zlib1g", "netbase", "tzdata");

    /** The program interpreter every binary of the runtime names. */
    static final String INTERPRETER = "/lib64/ld-linux-x86-64.so.2";

    /** Nothing from these folders is needed at run time (documentation stays as the packages' copyright files). */
    private static final List<String> LEFT_OUT = List.of("/usr/share/man/", "/usr/share/lintian/", "/usr/share/locale/",
            "/usr/share/info/", "/usr/lib/x86_64-linux-gnu/gconv/", "/usr/share/doc/");

    /** The user every container runs as (the UBI images' convention, which the manifests' securityContext names). */
    public static final int USER = 185;

    private OperatingSystemFiles() {
    }

    /** The files to put in the image: the path in the image mapped to the file on this machine. */
    static Map<String, Path> packaged() throws IOException, InterruptedException {
        Map<String, Path> files = new TreeMap<>();
        for (String pkg : PACKAGES) {
            for (String line : Processes.run(List.of("dpkg-query", "-L", pkg)).lines().toList()) {
                if (wanted(line, pkg) && Files.isRegularFile(Path.of(line))) {
                    files.put(line, Path.of(line));
                }
            }
        }
        Path interpreter = Path.of(INTERPRETER);
        if (!Files.isRegularFile(interpreter)) {
            throw new IOException(INTERPRETER + " not found: the images are built on an x86-64 Debian machine");
        }
        files.put(INTERPRETER, interpreter);
        return files;
    }

    private static boolean wanted(String path, String pkg) {
        if (path.equals("/usr/share/doc/" + pkg + "/copyright")) {
            return true;
        }
        return path.startsWith("/") && LEFT_OUT.stream().noneMatch(path::startsWith);
    }

    /** {@code pkg=version} of each package, for the image's labels. */
    static String versions() throws IOException, InterruptedException {
        List<String> versions = new ArrayList<>();
        for (String pkg : PACKAGES) {
            versions.add(pkg + "=" + Processes.run(List.of("dpkg-query", "-W", "-f=${Version}", pkg)).trim());
        }
        return String.join(" ", versions);
    }

    /**
     * {@code /etc/passwd}, {@code /etc/group} for root and the one service user, {@code /etc/nsswitch.conf}, and an
     * {@code /etc/hosts} naming localhost (a container runtime mounts its own over it).
     */
    static Map<String, Path> accounts(Path folder) throws IOException {
        Files.createDirectories(folder);
        Map<String, Path> files = new TreeMap<>();
        files.put("/etc/passwd", write(folder.resolve("passwd"), "root:x:0:0:root:/root:/sbin/nologin\n"
                + "app:x:" + USER + ":" + USER + ":service:/home/app:/sbin/nologin\n"));
        files.put("/etc/group", write(folder.resolve("group"), "root:x:0:\napp:x:" + USER + ":\n"));
        files.put("/etc/hosts", write(folder.resolve("hosts"), "127.0.0.1 localhost\n::1 localhost ip6-localhost\n"));
        files.put("/etc/nsswitch.conf", write(folder.resolve("nsswitch.conf"), "passwd: files\ngroup: files\nhosts: files dns\n"));
        return files;
    }

    private static Path write(Path file, String content) throws IOException {
        Files.writeString(file, content);
        return file;
    }
}
