package org.oas.migration.organizations.auth.domain;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** {@code oas.auth.*}: the token issuer. Signing key location is smallrye's {@code smallrye.jwt.sign.key.location}. */
@ConfigMapping(prefix = "oas.auth")
public interface AuthConfig {

    /** The {@code iss} of issued tokens; services verify it ({@code mp.jwt.verify.issuer}). */
    String issuer();

    /** Also the longest a revoked client's token can still be used if the revocation events lag (see README). */
    @WithDefault("15M")
    Duration tokenLifetime();

    /** A client id to create (role admin) at start-up if missing: how a new deployment gets its first admin. */
    Optional<String> bootstrapAdminClientId();

    Optional<String> bootstrapAdminSecret();

    /** bcrypt cost of client secrets: slow on purpose. */
    @WithDefault("10")
    int secretHashCost();
}
