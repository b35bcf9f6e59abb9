package org.oas.migration.gateway.routing;

import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/** One route per owned path prefix; no rewriting (each service owns distinct first segments). */
@Singleton
public class ProxyRoutes {

    private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);

    void register(@Observes Router router, Upstreams upstreams, ReverseProxy proxy) {
        for (Upstream upstream : upstreams.all()) {
            for (String prefix : upstream.prefixes()) {
                router.routeWithRegex(PathPrefix.regex(prefix)).handler(context -> proxy.forward(context, upstream));
            }
            LOG.infof("Routing %s to %s", upstream.prefixes(), upstream.urls());
        }
    }
}
