package org.oas.migration.organizations.auth.domain;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.oas.migration.organizations.client.domain.PartnerClientService;

/** Creates the configured first admin client at start-up, so a new deployment can register everything else. */
@ApplicationScoped
public class BootstrapAdmin {

    private static final Logger LOG = Logger.getLogger(BootstrapAdmin.class);

    @Inject
    AuthConfig config;

    @Inject
    PartnerClientService clients;

    void onStart(@Observes StartupEvent event) {
        if (config.bootstrapAdminClientId().isPresent() && config.bootstrapAdminSecret().isPresent()) {
            if (clients.ensureAdmin(config.bootstrapAdminClientId().get(), config.bootstrapAdminSecret().get())) {
                LOG.infof("Created bootstrap admin client '%s'", config.bootstrapAdminClientId().get());
            }
        }
    }
}
