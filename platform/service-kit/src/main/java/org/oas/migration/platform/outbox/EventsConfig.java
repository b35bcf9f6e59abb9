package org.oas.migration.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code oas.events.*}: where and how this service publishes its change events. */
@ConfigMapping(prefix = "oas.events")
public interface EventsConfig {

    /** The context's topic, e.g. {@code organizations.v1}. */
    String topic();

    /** CloudEvents {@code source}, e.g. {@code /organizations-service}. */
    String source();

    /** Kafka bootstrap servers. */
    @WithDefault("localhost:9092")
    String bootstrapServers();

    /** Whether this replica runs the outbox relay (only the one holding the leader lock publishes). */
    @WithDefault("true")
    boolean relayEnabled();

    /** Longest wait between outbox scans when no notification arrives. */
    @WithDefault("2s")
    Duration pollInterval();

    /** Events sent per batch. */
    @WithDefault("500")
    int batchSize();
}
