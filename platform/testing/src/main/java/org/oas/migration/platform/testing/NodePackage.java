package org.oas.migration.platform.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A committed npm package under a module's src/test (its package.json and package-lock.json pin every version), installed once
 * per build with {@code npm ci} into a folder under target and run there. Needs node and npm on the PATH, as the CI
 * machine has (.ci/run).
 */
public final class NodePackage {

    /** A command's exit status and everything it printed. */
    public record Result(int exitCode, String output) {
    }

    private static final int INSTALL_MINUTES = 10;

    private final Path sources;
    private final List<String> files;
    private final String installedModule;
    public final Path dir;

    /**
     * @param sources         the committed folder (src/test/...)
     * @param files           what to copy from it (package.json and package-lock.json at least)
     * @param installedModule a path under node_modules present once installed (then npm ci is skipped)
     * @param dir             where to install and run
     */
    public NodePackage(Path sources, List<String> files, String installedModule, Path dir) {
        this.sources = sources;
        this.files = List.copyOf(files);
        this.installedModule = installedModule;
        this.dir = dir;
    }

    public void install() throws IOException, InterruptedException {
        Files.createDirectories(dir);
        for (String name : files) {
            Files.copy(sources.resolve(name), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        if (Files.isDirectory(dir.resolve("node_modules").resolve(installedModule))) {
            return;
        }
        Result npm = run(INSTALL_MINUTES, "npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error");
        if (npm.exitCode() != 0) {
            throw new IllegalStateException("npm ci in " + dir + " failed:\n" + npm.output());
        }
    }

    public Result run(int minutes, String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir, "run-", ".log");
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish within " + minutes + " min");
            }
            return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
