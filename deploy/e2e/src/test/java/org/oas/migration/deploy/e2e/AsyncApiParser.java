package org.oas.migration.deploy.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The official AsyncAPI parser ({@code @asyncapi/parser} from npm, pinned by src/test/asyncapi/package-lock.json),
 * installed once per build with {@code npm ci} into target/asyncapi-check and run with node on a document.
 * Needs node and npm on the PATH, as the CI machine has (.ci/run).
 */
final class AsyncApiParser {

    /** The parser's exit status and everything it printed (each diagnostic, then VALID or INVALID). */
    record Result(int exitCode, String output) {
    }

    private static final Path SOURCES = Path.of("src/test/asyncapi");
    private static final int INSTALL_MINUTES = 10;
    private static final int PARSE_MINUTES = 2;
    private static final List<String> FILES = List.of("package.json", "package-lock.json", "check.mjs");

    private final Path dir = Path.of(System.getProperty("oas.asyncapi.check.dir", "target/asyncapi-check"));

    Result check(String document) throws IOException, InterruptedException {
        install();
        Path file = dir.resolve("asyncapi.json");
        Files.writeString(file, document, StandardCharsets.UTF_8);
        return run(PARSE_MINUTES, "node", "check.mjs", file.toString());
    }

    private void install() throws IOException, InterruptedException {
        Files.createDirectories(dir);
        for (String name : FILES) {
            Files.copy(SOURCES.resolve(name), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        if (Files.isDirectory(dir.resolve("node_modules/@asyncapi/parser"))) {
            return;
        }
        Result npm = run(INSTALL_MINUTES, "npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error");
        if (npm.exitCode() != 0) {
            throw new IllegalStateException("npm ci of the AsyncAPI parser failed:\n" + npm.output());
        }
    }

    private Result run(int minutes, String... command) throws IOException, InterruptedException {
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
