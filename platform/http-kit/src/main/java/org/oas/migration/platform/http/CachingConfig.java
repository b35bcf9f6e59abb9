package org.oas.migration.platform.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long shared caches and browsers may reuse a public answer before revalidating it with its ETag. */
@ConfigMapping(prefix = "oas.http.caching")
public interface CachingConfig {

    /** {@code max-age} of public reads: short, since the data changes whenever a partner pushes. */
    @WithDefault("30s")
    Duration publicMaxAge();
}
