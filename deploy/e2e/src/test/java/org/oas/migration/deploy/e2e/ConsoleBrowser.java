package org.oas.migration.deploy.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.oas.migration.platform.testing.NodePackage;
import java.util.List;

/**
 * The gateway's console in a real browser: Debian's chromium ({@code /usr/bin/chromium}, or {@code CHROMIUM}) driven by
 * playwright-core (pinned by src/test/console/package-lock.json; it never downloads a browser of its own), installed
 * once per build with {@code npm ci} into target/console-check; src/test/console/console.mjs does the clicking. The
 * report and the screenshots land in {@code oas.console.out} (target/console), kept as build artifacts.
 */
final class ConsoleBrowser {

    private static final int RUN_MINUTES = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final NodePackage playwright = new NodePackage(Path.of("src/test/console"),
            List.of("package.json", "package-lock.json", "console.mjs"), "playwright-core",
            Path.of(System.getProperty("oas.console.check.dir", "target/console-check")));
    final Path out = Path.of(System.getProperty("oas.console.out", "target/console")).toAbsolutePath();

    /** Runs the pass; the report it wrote (console.mjs says what is in it). */
    JsonNode run(String gateway, Path credentials, String writeOperationId, List<String> getOperationIds)
            throws IOException, InterruptedException {
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            throw new IllegalStateException(chromium + " is missing: install Debian's chromium (apt-get install chromium; .ci/run does)");
        }
        playwright.install();
        Files.createDirectories(out);
        NodePackage.Result result = playwright.run(RUN_MINUTES, "node", "console.mjs", gateway, credentials.toString(),
                out.toString(), writeOperationId, String.join(",", getOperationIds));
        System.out.println(result.output());
        if (result.exitCode() != 0 || !result.output().contains("CONSOLE DONE")) {
            throw new IllegalStateException("The console pass failed (" + result.exitCode() + "):\n" + result.output());
        }
        return JSON.readTree(out.resolve("console-report.json").toFile());
    }
}
