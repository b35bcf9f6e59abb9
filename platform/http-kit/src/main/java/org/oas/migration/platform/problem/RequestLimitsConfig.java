package org.oas.migration.platform.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The public limits on a request's head, enforced by {@link RequestLimits}. They sit well below the HTTP codec's own
 * ({@code quarkus.http.limits.max-initial-line-length} and {@code max-header-size}, raised to 64 KB in the kit's
 * defaults) so that a request over them still reaches a route and gets a problem.
 */
@ConfigMapping(prefix = "oas.http.limits")
public interface RequestLimitsConfig {

    /** The longest request target (path and query, as sent) answered; longer is a 414. */
    @WithDefault("4096")
    int maxUriLength();

    /** The most header bytes (names and values) answered; more is a 431. */
    @WithDefault("8K")
    MemorySize maxHeaderSize();
}
