package org.oas.migration.gateway.routing;

import io.vertx.core.http.HttpClient;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.oas.migration.gateway.config.GatewayConfig;

/**
 * One service behind the gateway: the paths it owns and its instances ({@code url} and any {@code replicas}),
 * taken in turn (round robin), skipping an instance that is down while another is not.
 */
public final class Upstream {

    private final String name;
    private final GatewayConfig.Upstream config;
    private final List<UpstreamInstance> instances = new ArrayList<>();
    private final AtomicInteger next = new AtomicInteger();

    Upstream(String name, GatewayConfig.Upstream config, Function<URI, HttpClient> clients) {
        this.name = name;
        this.config = config;
        instances.add(new UpstreamInstance(name, config.url(), config, clients));
        config.replicas().orElse(List.of()).forEach(url -> instances.add(new UpstreamInstance(name, url, config, clients)));
    }

    public String name() {
        return name;
    }

    public GatewayConfig.Upstream config() {
        return config;
    }

    public List<String> prefixes() {
        return config.prefixes();
    }

    public Duration retryAfter() {
        return config.breaker().delay();
    }

    /** The instances' addresses, for logs. */
    public List<URI> urls() {
        return instances.stream().map(UpstreamInstance::url).toList();
    }

    /** A client of the next instance, for the gateway's own reads (the OpenAPI documents, the search). */
    public HttpClient client() {
        return pick().client();
    }

    /** The next instance in turn that is not down; when all are down, the next in turn (its breaker decides). */
    UpstreamInstance pick() {
        int size = instances.size();
        int start = Math.floorMod(next.getAndIncrement(), size);
        for (int i = 0; i < size; i++) {
            UpstreamInstance candidate = instances.get((start + i) % size);
            if (!candidate.isDown()) {
                return candidate;
            }
        }
        return instances.get(start);
    }

    /** How many instances a request may try when connections are refused: each once. */
    int size() {
        return instances.size();
    }

    void close() {
        instances.forEach(UpstreamInstance::close);
    }
}
