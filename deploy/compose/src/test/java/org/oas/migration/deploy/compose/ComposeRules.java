package org.oas.migration.deploy.compose;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the Compose schema cannot know about compose.yaml, as a list of violations (empty: the file is right): start
 * order gated on health, the images deploy/images builds, the environment each service reads, ports, topics, the
 * seed. The repository's own files are the reference (each service's application.properties, the Kubernetes
 * manifests, deploy/local), so the file cannot drift from them unnoticed.
 */
final class ComposeRules {

    /** A suite service: its module (image and manifest name), its variable prefix, its database. */
    record Suite(String module, String prefix, String database) {
    }

    static final List<Suite> SUITE = List.of(new Suite("organizations-service", "ORGANIZATIONS", "organizations"),
            new Suite("meetings-service", "MEETINGS", "meetings"), new Suite("programs-service", "PROGRAMS", "programs"),
            new Suite("gateway", "GATEWAY", null));
    static final String IMAGE_TAG = "0.1.0";
    static final String HTTP_PORT = "8080";
    static final String HEALTH_PROBE = "org.oas.migration.deploy.images.probe.HealthProbe";
    static final String READY_URL = "http://127.0.0.1:9000/q/health/ready";
    static final List<String> TOPICS = List.of("organizations.v1", "meetings.v1", "programs.v1");
    private static final Set<String> GATING = Set.of("service_healthy", "service_completed_successfully");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");
    private static final Pattern MANIFEST_ENV = Pattern.compile("name: ([A-Z][A-Z0-9_]*)");

    private final Path repository;
    private final List<String> violations = new ArrayList<>();

    ComposeRules(Path repository) {
        this.repository = repository;
    }

    List<String> check(JsonNode compose) throws IOException {
        violations.clear();
        JsonNode services = compose.path("services");
        services.fields().forEachRemaining(service -> dependencies(services, service.getKey(), service.getValue()));
        for (Suite suite : SUITE) {
            JsonNode service = services.path(suite.module());
            if (service.isMissingNode()) {
                violations.add("no service " + suite.module());
                continue;
            }
            image(suite, service);
            healthcheck(suite.module(), service);
            environment(suite, service);
        }
        gateway(services.path("gateway"));
        topics(services);
        seed(services.path("seed"));
        return List.copyOf(violations);
    }

    /** Every dependency exists and gates on health or on a one-shot's success; the target can satisfy the gate. */
    private void dependencies(JsonNode services, String name, JsonNode service) {
        JsonNode dependsOn = service.path("depends_on");
        if (dependsOn.isArray()) {
            violations.add(name + ": depends_on is a list, so it waits for nothing but the start; name a condition");
            return;
        }
        dependsOn.fields().forEachRemaining(dependency -> {
            String target = dependency.getKey();
            String condition = dependency.getValue().path("condition").asText("service_started");
            JsonNode other = services.path(target);
            if (other.isMissingNode()) {
                violations.add(name + " depends on " + target + ", which is no service");
            } else if (!GATING.contains(condition)) {
                violations.add(name + " waits for " + target + " with " + condition + ": gate on service_healthy or service_completed_successfully");
            } else if (condition.equals("service_healthy") && !other.has("healthcheck")) {
                violations.add(name + " waits for " + target + " to be healthy, and " + target + " has no healthcheck");
            } else if (condition.equals("service_completed_successfully") && !other.path("restart").asText("no").equals("no")) {
                violations.add(name + " waits for " + target + " to complete, and " + target + " restarts");
            }
        });
    }

    /** The image deploy/images builds and the Kubernetes Deployment runs. */
    private void image(Suite suite, JsonNode service) throws IOException {
        String expected = "oas-migration/" + suite.module() + ":" + IMAGE_TAG;
        if (!expected.equals(service.path("image").asText())) {
            violations.add(suite.module() + " runs " + service.path("image").asText() + ", not " + expected);
        }
        if (!manifest(suite).contains("image: " + expected)) {
            violations.add(suite.module() + ": deploy/kubernetes/base runs another image than " + expected);
        }
    }

    /** The readiness endpoint through the image's probe class (no shell, no curl in the images). */
    private void healthcheck(String name, JsonNode service) {
        List<String> test = strings(service.path("healthcheck").path("test"));
        if (test.isEmpty() || !test.get(0).equals("CMD") || !test.contains(HEALTH_PROBE) || !test.contains(READY_URL)
                || !test.contains("/opt/probe") || !test.get(1).equals("/opt/java/bin/java")) {
            violations.add(name + ": the healthcheck is not [CMD, /opt/java/bin/java, ..., -cp, /opt/probe, " + HEALTH_PROBE
                    + ", " + READY_URL + "]: " + test);
        }
        if (!Files.isRegularFile(repository.resolve("deploy/images/src/main/java/" + HEALTH_PROBE.replace('.', '/') + ".java"))) {
            violations.add(HEALTH_PROBE + " is not in deploy/images");
        }
    }

    /**
     * The variables a service needs are set; every variable set is one the service reads (its application.properties)
     * or its Kubernetes Deployment sets (config mappings read some without naming them there): a typo is caught.
     */
    private void environment(Suite suite, JsonNode service) throws IOException {
        Map<String, String> env = environment(service);
        Set<String> known = new TreeSet<>(variables(repository.resolve(suite.module()).resolve("src/main/resources/application.properties"), VARIABLE));
        known.addAll(variables(repository.resolve("deploy/kubernetes/base/" + suite.module() + ".yaml"), MANIFEST_ENV));
        known.addAll(variables(repository.resolve("deploy/kubernetes/base/config.yaml"), Pattern.compile("^  ([A-Z][A-Z0-9_]*):", Pattern.MULTILINE)));
        for (String name : env.keySet()) {
            if (!known.contains(name)) {
                violations.add(suite.module() + " sets " + name + ", which it does not read");
            }
        }
        List<String> required = new ArrayList<>(List.of("KAFKA_BOOTSTRAP_SERVERS", "OAS_JWT_ISSUER"));
        if (suite.database() != null) {
            required.addAll(List.of(suite.prefix() + "_DB_URL", suite.prefix() + "_DB_USER", suite.prefix() + "_DB_PASSWORD",
                    "OAS_JWT_VERIFY_KEY", "OAS_TRUSTED_PROXIES"));
            String url = "jdbc:postgresql://postgres:5432/" + suite.database();
            if (!url.equals(env.get(suite.prefix() + "_DB_URL")) || !suite.database().equals(env.get(suite.prefix() + "_DB_USER"))) {
                violations.add(suite.module() + " does not use its own database " + url + " as role " + suite.database());
            }
            if (!initScript().contains(suite.database())) {
                violations.add("postgres/10-databases.sh does not create " + suite.database());
            }
        }
        if (suite.module().equals("organizations-service")) {
            required.addAll(List.of("OAS_JWT_SIGNING_KEY", "OAS_AUTH_BOOTSTRAP_ADMIN_CLIENT_ID", "OAS_AUTH_BOOTSTRAP_ADMIN_SECRET"));
        } else if (suite.module().equals("gateway")) {
            required.addAll(List.of("ORGANIZATIONS_URL", "MEETINGS_URL", "PROGRAMS_URL", "GATEWAY_PUBLIC_URL"));
        }
        for (String name : required) {
            if (env.getOrDefault(name, "").isBlank()) {
                violations.add(suite.module() + " needs " + name);
            }
        }
        // the image sets the container ports; the healthcheck and the other services rely on them
        for (String port : List.of(suite.prefix() + "_PORT", suite.prefix() + "_MANAGEMENT_PORT", suite.prefix() + "_MANAGEMENT_HOST")) {
            if (env.containsKey(port)) {
                violations.add(suite.module() + " overrides " + port + ", which the image sets");
            }
        }
        for (Map.Entry<String, String> variable : env.entrySet()) {
            if (variable.getKey().endsWith("_URL") && variable.getValue().startsWith("http://") && variable.getValue().contains("-service:")
                    && !variable.getValue().endsWith(":" + HTTP_PORT)) {
                violations.add(suite.module() + ": " + variable.getKey() + " is not a service's port " + HTTP_PORT);
            }
        }
    }

    /** The gateway is the entry: its API port published, on loopback only. */
    private void gateway(JsonNode gateway) {
        List<String> ports = strings(gateway.path("ports"));
        if (ports.stream().noneMatch(port -> port.endsWith(":" + HTTP_PORT))) {
            violations.add("gateway: its port " + HTTP_PORT + " is not published");
        }
        for (String port : ports) {
            if (!port.startsWith("127.0.0.1:")) {
                violations.add("gateway: " + port + " is published beyond this machine");
            }
        }
    }

    /** The one-shot topic creation: the three change-feed topics with the partitions of the Kubernetes KafkaTopics. */
    private void topics(JsonNode services) throws IOException {
        String script = String.join("\n", strings(services.path("kafka-topics").path("command")));
        Matcher partitions = Pattern.compile("partitions: (\\d+)").matcher(Files.readString(repository.resolve("deploy/kubernetes/base/kafka.yaml")));
        String expected = partitions.find() ? partitions.group(1) : "?";
        if (!script.contains("--partitions " + expected)) {
            violations.add("kafka-topics: not the " + expected + " partitions of deploy/kubernetes/base/kafka.yaml");
        }
        for (String topic : TOPICS) {
            if (!script.contains(topic)) {
                violations.add("kafka-topics: does not create " + topic);
            }
        }
        for (Suite suite : SUITE) {
            if (!services.path(suite.module()).path("depends_on").has("kafka-topics")) {
                violations.add(suite.module() + " starts before the topics exist");
            }
        }
    }

    /** The seeder of deploy/local, its classes, libraries and seed mounted, after the three services are healthy. */
    private void seed(JsonNode seed) {
        String entrypoint = String.join(" ", strings(seed.path("entrypoint")));
        if (!entrypoint.contains("org.oas.migration.deploy.local.ComposeTasks") || !strings(seed.path("command")).contains("seed")) {
            violations.add("seed: does not run ComposeTasks seed");
        }
        if (!Files.isRegularFile(repository.resolve("deploy/local/src/main/java/org/oas/migration/deploy/local/ComposeTasks.java"))) {
            violations.add("seed: deploy/local has no ComposeTasks");
        }
        List<String> volumes = strings(seed.path("volumes"));
        for (String mount : List.of("../local/target/classes:", "../local/target/lib:", "../local/seed:")) {
            if (volumes.stream().noneMatch(volume -> volume.startsWith(mount) && volume.endsWith(":ro"))) {
                violations.add("seed: " + mount + " is not mounted read-only");
            }
        }
        for (String service : List.of("organizations-service", "meetings-service", "programs-service")) {
            if (!seed.path("depends_on").path(service).path("condition").asText().equals("service_healthy")) {
                violations.add("seed: does not wait for " + service + " to be healthy");
            }
        }
    }

    private String manifest(Suite suite) throws IOException {
        return Files.readString(repository.resolve("deploy/kubernetes/base/" + suite.module() + ".yaml"));
    }

    private String initScript() throws IOException {
        return Files.readString(repository.resolve("deploy/compose/postgres/10-databases.sh"));
    }

    /** {@code environment} as a map, whether written as a mapping or as a list of NAME=value. */
    private static Map<String, String> environment(JsonNode service) {
        Map<String, String> env = new LinkedHashMap<>();
        JsonNode node = service.path("environment");
        if (node.isArray()) {
            node.forEach(entry -> {
                String[] parts = entry.asText().split("=", 2);
                env.put(parts[0], parts.length > 1 ? parts[1] : "");
            });
        } else {
            node.fields().forEachRemaining(entry -> env.put(entry.getKey(), entry.getValue().asText()));
        }
        return env;
    }

    private static Set<String> variables(Path file, Pattern pattern) throws IOException {
        Set<String> names = new TreeSet<>();
        Matcher matcher = pattern.matcher(Files.readString(file));
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(value -> values.add(value.asText()));
        } else if (node.isTextual()) {
            values.add(node.asText());
        }
        return values;
    }
}
