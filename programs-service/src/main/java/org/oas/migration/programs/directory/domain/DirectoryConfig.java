package org.oas.migration.programs.directory.domain;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code oas.directory.*}: where the registry's and the meetings' events come from. */
@ConfigMapping(prefix = "oas.directory")
public interface DirectoryConfig {

    @WithDefault("organizations.v1")
    String organizationsTopic();

    @WithDefault("meetings.v1")
    String meetingsTopic();

    /** Kafka group and inbox name of the projection. */
    @WithDefault("programs-directory")
    String consumerName();

    @WithDefault("true")
    boolean enabled();
}
