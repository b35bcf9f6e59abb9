package org.oas.migration.deploy.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.oas.migration.platform.testing.NodePackage;

/**
 * Spectral ({@code @stoplight/spectral-cli} with {@code @stoplight/spectral-owasp-ruleset}, pinned by
 * src/test/spectral/package-lock.json), installed once per build with {@code npm ci} into target/spectral-lint and run
 * on a document with the repository's {@code .spectral.yaml} ({@code spectral:oas} and the OWASP rules).
 */
final class SpectralLint {

    /** One finding: Spectral's rule code, severity (0 error, 1 warning, 2 info, 3 hint) and JSON path. */
    record Finding(String code, int severity, String path, String message) {
    }

    /** Every finding of one run. */
    record Report(List<Finding> findings) {

        long count(int severity) {
            return findings.stream().filter(f -> f.severity() == severity).count();
        }

        /** The rules with errors or warnings, most findings first, each with a few paths. */
        String worst(int rules, int paths) {
            Map<String, List<Finding>> byRule = new TreeMap<>(findings.stream().filter(f -> f.severity() <= 1)
                    .collect(Collectors.groupingBy(Finding::code)));
            return byRule.entrySet().stream()
                    .sorted((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()))
                    .limit(rules)
                    .map(e -> e.getValue().size() + " " + e.getKey() + " (" + (e.getValue().get(0).severity() == 0 ? "error" : "warning")
                            + "): " + e.getValue().get(0).message() + "\n    at " + e.getValue().stream().limit(paths)
                            .map(Finding::path).collect(Collectors.joining("\n    at ")))
                    .collect(Collectors.joining("\n"));
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LINT_MINUTES = 5;

    private final NodePackage spectral = new NodePackage(Path.of("src/test/spectral"),
            List.of("package.json", "package-lock.json"), "@stoplight/spectral-cli",
            Path.of(System.getProperty("oas.spectral.dir", "target/spectral-lint")));

    Report lint(String document, Path ruleset) throws IOException, InterruptedException {
        spectral.install();
        Path file = spectral.dir.resolve("openapi.json");
        Path out = spectral.dir.resolve("spectral.json");
        Files.writeString(file, document, StandardCharsets.UTF_8);
        Files.deleteIfExists(out);
        // Spectral resolves the rulesets a ruleset extends from the ruleset's folder: lint with a copy next to node_modules.
        Path rules = spectral.dir.resolve(".spectral.yaml");
        Files.copy(ruleset, rules, StandardCopyOption.REPLACE_EXISTING);
        NodePackage.Result run = spectral.run(LINT_MINUTES, "node", "node_modules/@stoplight/spectral-cli/dist/index.js",
                "lint", "--ruleset", rules.toString(), "--format", "json", "--output", out.toString(),
                "--fail-severity", "hint", file.toString());
        if (!Files.exists(out)) {
            throw new IllegalStateException("Spectral wrote no report (exit " + run.exitCode() + "):\n" + run.output());
        }
        List<Finding> findings = new ArrayList<>();
        for (JsonNode result : JSON.readTree(out.toFile())) {
            List<String> path = new ArrayList<>();
            result.path("path").forEach(segment -> path.add(segment.asText()));
            findings.add(new Finding(result.path("code").asText(), result.path("severity").asInt(), String.join(".", path),
                    result.path("message").asText()));
        }
        return new Report(findings);
    }
}
