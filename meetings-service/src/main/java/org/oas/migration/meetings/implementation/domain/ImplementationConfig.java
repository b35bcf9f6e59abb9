package org.oas.migration.meetings.implementation.domain;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code oas.implementation.*}: where programs-service's activity events come from. */
@ConfigMapping(prefix = "oas.implementation")
public interface ImplementationConfig {

    @WithDefault("programs.v1")
    String topic();

    /** Kafka group and inbox name of the projection. */
    @WithDefault("meetings-implementation")
    String consumerName();

    @WithDefault("true")
    boolean enabled();
}
