package org.oas.migration.deploy.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Renders each overlay with {@code kubectl kustomize} and validates every rendered object: Kubernetes kinds and
 * Strimzi kinds by strict binding to their typed models (fabric8's Kubernetes model, Strimzi's API model: a field the
 * model does not know is a problem, not an extra), CloudNativePG kinds against schemas/cnpg.json; then the suite's
 * own rules (probes on declared ports, resources, non-root, selectors that select something).
 */
class ManifestsTest {

    private static final List<String> OVERLAYS = List.of("dev", "production");

    private static final Map<String, String> MODELS = Map.ofEntries(
            Map.entry("v1/Namespace", "io.fabric8.kubernetes.api.model.Namespace"),
            Map.entry("v1/ConfigMap", "io.fabric8.kubernetes.api.model.ConfigMap"),
            Map.entry("v1/Secret", "io.fabric8.kubernetes.api.model.Secret"),
            Map.entry("v1/Service", "io.fabric8.kubernetes.api.model.Service"),
            Map.entry("apps/v1/Deployment", "io.fabric8.kubernetes.api.model.apps.Deployment"),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", "io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler"),
            Map.entry("policy/v1/PodDisruptionBudget", "io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget"),
            Map.entry("networking.k8s.io/v1/Ingress", "io.fabric8.kubernetes.api.model.networking.v1.Ingress"),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", "io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy"),
            Map.entry("kafka.strimzi.io/v1/Kafka", "io.strimzi.api.kafka.model.kafka.Kafka"),
            Map.entry("kafka.strimzi.io/v1/KafkaNodePool", "io.strimzi.api.kafka.model.nodepool.KafkaNodePool"),
            Map.entry("kafka.strimzi.io/v1/KafkaTopic", "io.strimzi.api.kafka.model.topic.KafkaTopic"));

    private static final String CNPG = "postgresql.cnpg.io/v1";

    private final ObjectMapper yaml = new YAMLMapper();
    private final ObjectMapper strict = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .build();

    @Test
    void everyOverlayRendersToValidObjects() throws Exception {
        Path root = Path.of(System.getProperty("oas.kubernetes.dir", "."));
        String kubectl = kubectl();
        JsonSchema cnpg = cnpgSchema();
        List<String> problems = new ArrayList<>();
        int objects = 0;
        for (String overlay : OVERLAYS) {
            List<JsonNode> docs = render(kubectl, root.resolve("overlays").resolve(overlay));
            assertTrue(docs.size() > 10, overlay + " rendered only " + docs.size() + " objects");
            for (JsonNode doc : docs) {
                problems.addAll(validate(overlay, doc, cnpg));
            }
            problems.addAll(SuiteRules.check(overlay, docs));
            objects += docs.size();
        }
        System.out.printf("Kubernetes manifests: %d objects in %d overlays validated, %d problems%n",
                objects, OVERLAYS.size(), problems.size());
        assertEquals(List.of(), problems);
    }

    @Test
    void aMisspeltFieldIsAProblem() throws Exception {
        JsonNode deployment = yaml.readTree("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  selector: {matchLabels: {a: b}}
                  template:
                    metadata: {labels: {a: b}}
                    spec:
                      containers: [{name: app, image: x, readinessProbe: {httpGet: {path: /, port: 1}, periodSecond: 5}}]
                """);
        JsonNode topic = yaml.readTree("""
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaTopic
                metadata: {name: t}
                spec: {partitions: 1, replica: 1}
                """);
        JsonNode cluster = yaml.readTree("""
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata: {name: pg}
                spec: {instances: 1, storage: {size: 1Gi}, backups: {}}
                """);
        JsonSchema cnpg = cnpgSchema();
        assertTrue(validate("t", deployment, cnpg).stream().anyMatch(p -> p.contains("periodSecond")), "deployment");
        assertTrue(validate("t", topic, cnpg).stream().anyMatch(p -> p.contains("replica")), "topic");
        assertTrue(validate("t", cluster, cnpg).stream().anyMatch(p -> p.contains("backups")), "cluster");
    }

    private List<String> validate(String overlay, JsonNode doc, JsonSchema cnpg) {
        String apiVersion = doc.path("apiVersion").asText();
        String kind = doc.path("kind").asText();
        String where = overlay + ": " + kind + "/" + doc.path("metadata").path("name").asText();
        if (CNPG.equals(apiVersion)) {
            return cnpg.validate(doc).stream().map(ValidationMessage::getMessage).map(m -> where + ": " + m).toList();
        }
        String model = MODELS.get(apiVersion + "/" + kind);
        if (model == null) {
            return List.of(where + ": no schema for " + apiVersion + " " + kind);
        }
        try {
            Object bound = strict.treeToValue(doc, Class.forName(model));
            List<String> problems = new ArrayList<>();
            unknownFields(bound, "", problems, new IdentityHashMap<>());
            return problems.stream().map(p -> where + ": unknown field " + p).toList();
        } catch (JsonProcessingException e) {
            return List.of(where + ": " + e.getOriginalMessage() + " at " + e.getLocation());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * fabric8's and Strimzi's models keep fields they do not know in an additionalProperties map (Jackson's any-setter)
     * instead of failing: any entry there is a field the API does not have.
     */
    private static void unknownFields(Object value, String path, List<String> problems, Map<Object, Boolean> seen) {
        if (value == null || seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> unknownFields(v, path + "/" + k, problems, seen));
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                unknownFields(item, path + "/" + i++, problems, seen);
            }
            return;
        }
        String pkg = value.getClass().getPackageName();
        if (!pkg.startsWith("io.fabric8.kubernetes.api.model") && !pkg.startsWith("io.strimzi.api")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object child;
            try {
                child = getter.invoke(value);
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue;
            }
            String name = Character.toLowerCase(getter.getName().charAt(3)) + getter.getName().substring(4);
            if (name.equals("additionalProperties") && child instanceof Map<?, ?> extra) {
                extra.keySet().forEach(k -> problems.add(path + "/" + k));
            } else if (!(child instanceof String || child instanceof Number || child instanceof Boolean
                    || child instanceof Enum<?> || child instanceof Class<?>)) {
                unknownFields(child, path + "/" + name, problems, seen);
            }
        }
    }

    private JsonSchema cnpgSchema() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/schemas/cnpg.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    private List<JsonNode> render(String kubectl, Path overlay) throws Exception {
        Path out = Files.createTempFile("kustomize", ".yaml");
        Path err = Files.createTempFile("kustomize", ".err");
        try {
            Process process = new ProcessBuilder(kubectl, "kustomize", overlay.toString())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                fail("kubectl kustomize " + overlay + " did not finish in 2 minutes");
            }
            if (process.exitValue() != 0) {
                fail("kubectl kustomize " + overlay + " failed: " + Files.readString(err, StandardCharsets.UTF_8));
            }
            List<JsonNode> docs = new ArrayList<>();
            try (var parser = new YAMLFactory().createParser(out.toFile())) {
                for (var it = yaml.readValues(parser, JsonNode.class); it.hasNext(); ) {
                    JsonNode doc = it.next();
                    if (doc != null && !doc.isNull() && !doc.isEmpty()) {
                        docs.add(doc);
                    }
                }
            }
            return docs;
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** kubectl from -Doas.kubectl or the PATH; absent, the build fails: the manifests would go unchecked. */
    private static String kubectl() {
        Optional<String> named = Optional.ofNullable(System.getProperty("oas.kubectl")).filter(s -> !s.isBlank());
        if (named.isPresent() && !new File(named.get()).canExecute()) {
            fail("-Doas.kubectl=" + named.get() + " is not an executable file");
        }
        Optional<String> found = named.or(() -> java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> new File(dir, "kubectl")).filter(File::canExecute).map(File::getPath).findFirst());
        if (found.isEmpty()) {
            fail("kubectl not found on the PATH (nor -Doas.kubectl): deploy/kubernetes renders its overlays with "
                    + "`kubectl kustomize` (kustomize v5, kubectl 1.27 or later); install kubectl, see .ci/run and "
                    + "deploy/kubernetes/README.md");
        }
        return found.get();
    }

    static Map<String, String> labels(JsonNode node) {
        Map<String, String> labels = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
        return labels;
    }
}
