package org.oas.migration.meetings.directory.domain;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code oas.directory.*}: where the organization registry's events come from. */
@ConfigMapping(prefix = "oas.directory")
public interface DirectoryConfig {

    @WithDefault("organizations.v1")
    String topic();

    /** Kafka group and inbox name of the projection. */
    @WithDefault("meetings-directory")
    String consumerName();

    @WithDefault("true")
    boolean enabled();
}
