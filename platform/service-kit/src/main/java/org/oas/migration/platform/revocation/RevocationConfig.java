package org.oas.migration.platform.revocation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code oas.revocation.*}: where revocations come from and how often the in-memory set is refreshed. */
@ConfigMapping(prefix = "oas.revocation")
public interface RevocationConfig {

    /** The registry's topic, which carries {@link ClientRevoked} events. */
    @WithDefault("organizations.v1")
    String topic();

    /** Kafka group and inbox name of the revocation consumer. */
    @WithDefault("${quarkus.application.name}-revocations")
    String consumerName();

    /**
     * Whether this service copies revocations from the topic. organizations-service does not: it records its own
     * in the transaction that revokes.
     */
    @WithDefault("true")
    boolean consume();

    /** How often the revoked set is re-read from the table (revocations another replica copied). */
    @WithDefault("2s")
    Duration refreshInterval();

    /** Revocations older than this are forgotten: it must exceed the longest token lifetime. */
    @WithDefault("24h")
    Duration retention();
}
