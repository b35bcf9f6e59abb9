package org.oas.migration.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oas.migration.platform.embedded.EmbeddedKafka;
import org.oas.migration.platform.embedded.WorkDirs;

/**
 * Three stub services on free ports and a real Kafka broker (no Docker), wired into the gateway's configuration.
 * Tests stop and restart a stub through {@link #stub(String)} to see how the gateway behaves when a service is down.
 */
public class GatewayTestResource implements QuarkusTestResourceLifecycleManager {

    static final String[] TOPICS = {"organizations.v1", "meetings.v1", "programs.v1"};
    static final int PARTITIONS = 3;

    private static volatile GatewayTestResource current;

    private Vertx vertx;
    private Path workDir;
    private EmbeddedKafka kafka;
    private final Map<String, StubService> stubs = new LinkedHashMap<>();
    /** A second instance of organizations-service (gateway.upstreams.organizations.replicas). */
    private StubService organizationsReplica;

    static StubService stub(String name) {
        return current.stubs.get(name);
    }

    static StubService organizationsReplica() {
        return current.organizationsReplica;
    }

    static String bootstrapServers() {
        return current.kafka.bootstrapServers();
    }

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        stubs.put("organizations", new StubService(vertx, "organizations", List.of("/v1/organizations")));
        stubs.put("meetings", new StubService(vertx, "meetings", List.of("/v1/meetings", "/v1/resolutions", "/v1/documents")));
        stubs.put("programs", new StubService(vertx, "programs", List.of("/v1/programs", "/v1/activities")));
        stubs.values().forEach(StubService::start);
        organizationsReplica = new StubService(vertx, "organizations", List.of("/v1/organizations"));
        organizationsReplica.start();
        try {
            workDir = Files.createTempDirectory("gateway-test-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        kafka = EmbeddedKafka.builder().workDir(workDir.resolve("kafka")).build().start();
        kafka.createTopics(PARTITIONS, TOPICS);
        current = this;

        Map<String, String> config = new HashMap<>();
        stubs.forEach((name, stub) -> config.put("gateway.upstreams." + name + ".url", stub.url()));
        config.put("gateway.upstreams.organizations.replicas", organizationsReplica.url());
        config.put("gateway.changes.bootstrap-servers", kafka.bootstrapServers());
        config.put("gateway.identity.jwks-url", stubs.get("organizations").url() + "/stub/jwks.json");
        return config;
    }

    @Override
    public void stop() {
        try {
            stubs.values().forEach(StubService::stop);
            if (organizationsReplica != null) {
                organizationsReplica.stop();
            }
            if (vertx != null) {
                vertx.close();
            }
            if (kafka != null) {
                kafka.close();
            }
        } finally {
            current = null;
            if (workDir != null) {
                WorkDirs.deleteRecursively(workDir);
            }
        }
    }
}
