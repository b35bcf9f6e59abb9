package org.oas.migration.deploy.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.oas.migration.platform.embedded.WorkDirs;
import org.oas.migration.platform.testing.NodePackage;

/**
 * The clients a partner generates from the gateway's merged OpenAPI document, generated from it as served and used
 * as generated: OpenAPI Generator's Java client ({@code java}, library {@code native}) and TypeScript client
 * ({@code typescript-fetch}), with no type mappings and no templates of ours. Where a generated client does not
 * compile or does not work, the document (or the server) is what is wrong.
 * <ul>
 *   <li>the Java client compiles ({@code javax.tools}, {@code -Werror} off: generated code has deprecation notes);</li>
 *   <li>the TypeScript client compiles with {@code tsc --strict} (TypeScript pinned by src/test/clients/typescript);</li>
 *   <li>{@code src/test/clients/java/.../RoundTrip.java}, compiled against the generated Java client, runs a partner's
 *       round trip through the gateway with it.</li>
 * </ul>
 */
@ExtendWith(SharedStack.class)
class GeneratedClientsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int GENERATE_MINUTES = 5;
    private static final String PACKAGE = "org.oas.migration.client";
    private static final Path SOURCES = Path.of("src/test/clients");
    private static final Path DIR = Path.of(System.getProperty("oas.generated.clients.dir", "target/generated-clients"));
    private static final Path GENERATOR = Path.of(System.getProperty("oas.openapi.generator.jar",
            "target/openapi-generator/openapi-generator-cli.jar"));

    private static LocalStackProcess stack;
    private static Path document;

    @BeforeAll
    static void generateFromTheServedDocument(LocalStackProcess shared) throws Exception {
        stack = shared;
        // What a run generates is generated again; the TypeScript install (node_modules) stays for the next run.
        WorkDirs.deleteRecursively(DIR.resolve("java"));
        WorkDirs.deleteRecursively(DIR.resolve("typescript/src/client"));
        Files.createDirectories(DIR);
        document = DIR.resolve("openapi.json");
        Files.writeString(document, given().baseUri(stack.gateway()).accept("application/json").get("/q/openapi")
                .then().statusCode(200).extract().asString(), StandardCharsets.UTF_8);
        generate("java", DIR.resolve("java"), "--library", "native", "--additional-properties",
                "useJakartaEe=true,invokerPackage=" + PACKAGE + ",apiPackage=" + PACKAGE + ".api,modelPackage=" + PACKAGE + ".model");
        generate("typescript-fetch", DIR.resolve("typescript/src/client"));
    }

    @Test
    void theGeneratedJavaClientCompiles() throws Exception {
        Path classes = compileJava(List.of());
        System.out.println("Generated Java client: " + count(DIR.resolve("java/src/main/java"), ".java") + " source files, "
                + count(classes, ".class") + " classes");
    }

    @Test
    void theGeneratedTypeScriptClientCompilesWithStrict() throws Exception {
        Path dir = DIR.resolve("typescript");
        NodePackage typescript = new NodePackage(SOURCES.resolve("typescript"),
                List.of("package.json", "package-lock.json", "tsconfig.json", "src/usage.ts"), "typescript", dir);
        Files.createDirectories(dir.resolve("src"));
        typescript.install();

        NodePackage.Result tsc = typescript.run(GENERATE_MINUTES, "node", "node_modules/typescript/bin/tsc", "-p", "tsconfig.json");

        assertEquals(0, tsc.exitCode(), () -> "tsc --strict failed on the generated TypeScript client:\n" + tsc.output());
        System.out.println("Generated TypeScript client: " + count(dir.resolve("src/client"), ".ts") + " files, tsc --strict clean");
    }

    @Test
    void aPartnerDoesItsRoundTripWithTheGeneratedJavaClient() throws Throwable {
        Path classes = compileJava(List.of(SOURCES.resolve("java")));
        JsonNode iom = JSON.readTree(stack.partnerCredential("iom").toFile());
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            Method run = loader.loadClass(PACKAGE + ".roundtrip.RoundTrip").getMethod("run", String.class, String.class, String.class);
            List<?> steps = (List<?>) run.invoke(null, stack.gateway(), iom.get("clientId").asText(), iom.get("clientSecret").asText());
            System.out.println("Round trip with the generated Java client, " + steps.size() + " steps:\n  "
                    + steps.stream().map(String::valueOf).collect(Collectors.joining("\n  ")));
        } catch (InvocationTargetException e) {
            throw e.getCause(); // the round trip's own assertion or the client's ApiException, as it is
        }
    }

    /** The generated client's sources (and {@code extra} source folders), compiled into a folder of their own. */
    private static Path compileJava(List<Path> extra) throws Exception {
        Path classes = Files.createTempDirectory(DIR.resolve("java"), "classes-");
        List<Path> sources = new ArrayList<>(javaFiles(DIR.resolve("java/src/main/java")));
        for (Path folder : extra) {
            sources.addAll(javaFiles(folder));
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            // The test's own classpath holds what the generated pom lists (Jackson, jackson-databind-nullable, ...).
            List<String> options = List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path"),
                    "--release", "17", "-nowarn", "-encoding", "UTF-8");
            boolean compiled = compiler.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            String errors = diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                    .limit(30).map(d -> d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                    .collect(Collectors.joining("\n"));
            assertTrue(compiled, () -> "The generated Java client does not compile:\n" + errors);
        }
        return classes;
    }

    private static void generate(String generator, Path output, String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", GENERATOR.toString(), "generate", "-g", generator, "-i", document.toString(), "-o", output.toString(),
                // Only the client: no docs, no generated test stubs.
                "--global-property", "apiTests=false,modelTests=false,apiDocs=false,modelDocs=false"));
        command.addAll(List.of(options));
        Path log = DIR.resolve(generator + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(GENERATE_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("OpenAPI Generator (" + generator + ") did not finish within " + GENERATE_MINUTES + " min");
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("OpenAPI Generator (" + generator + ") failed:\n" + Files.readString(log));
        }
    }

    private static List<Path> javaFiles(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }

    private static long count(Path folder, String suffix) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(suffix)).count();
        }
    }
}
