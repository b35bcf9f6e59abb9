package org.oas.migration.deploy.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.oas.migration.platform.testing.NodePackage;

/**
 * The official AsyncAPI parser ({@code @asyncapi/parser} from npm, pinned by src/test/asyncapi/package-lock.json),
 * installed once per build with {@code npm ci} into target/asyncapi-check and run with node on a document.
 */
final class AsyncApiParser {

    private static final int PARSE_MINUTES = 2;

    private final NodePackage parser = new NodePackage(Path.of("src/test/asyncapi"),
            List.of("package.json", "package-lock.json", "check.mjs"), "@asyncapi/parser",
            Path.of(System.getProperty("oas.asyncapi.check.dir", "target/asyncapi-check")));

    /** The parser's exit status and everything it printed (each diagnostic, then VALID or INVALID). */
    NodePackage.Result check(String document) throws IOException, InterruptedException {
        parser.install();
        Path file = parser.dir.resolve("asyncapi.json");
        Files.writeString(file, document, StandardCharsets.UTF_8);
        return parser.run(PARSE_MINUTES, "node", "check.mjs", file.toString());
    }
}
