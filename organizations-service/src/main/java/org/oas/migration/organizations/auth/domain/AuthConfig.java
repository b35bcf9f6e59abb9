package org.oas.migration.organizations.auth.domain;

import org.oas.migration.organizations.client.domain.PartnerClientView;
import jakarta.validation.constraints.Size;
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
    Optional<@Size(max = PartnerClientView.CLIENT_ID_MAX) String> bootstrapAdminClientId();

    /** At most what bcrypt reads (72 bytes): a longer secret would be checked on its first 72 bytes only. */
    Optional<@Size(max = PartnerClientView.SECRET_MAX) String> bootstrapAdminSecret();

    /** bcrypt cost of client secrets: slow on purpose. */
    @WithDefault("10")
    int secretHashCost();
}
