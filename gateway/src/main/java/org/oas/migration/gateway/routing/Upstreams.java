package org.oas.migration.gateway.routing;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.oas.migration.gateway.config.GatewayConfig;

/** The configured services, in name order (so everything derived from them, like the merged document, is stable). */
@ApplicationScoped
public class Upstreams {

    private final List<Upstream> all = new ArrayList<>();

    Upstreams(GatewayConfig config, Vertx vertx) {
        new TreeMap<>(config.upstreams()).forEach((name, upstream) -> all.add(new Upstream(name, upstream, url -> client(vertx, upstream, url))));
    }

    public List<Upstream> all() {
        return all;
    }

    public Optional<Upstream> named(String name) {
        return all.stream().filter(u -> u.name().equals(name)).findFirst();
    }

    /** The service owning a path (first matching prefix), if any. */
    public Optional<Upstream> owning(String path) {
        return all.stream().filter(u -> u.prefixes().stream().anyMatch(p -> PathPrefix.matches(p, path))).findFirst();
    }

    private static io.vertx.core.http.HttpClient client(Vertx vertx, GatewayConfig.Upstream upstream, URI url) {
        HttpClientOptions options = new HttpClientOptions()
                .setDefaultHost(url.getHost())
                .setDefaultPort(url.getPort() > 0 ? url.getPort() : ("https".equals(url.getScheme()) ? 443 : 80))
                .setSsl("https".equals(url.getScheme()))
                .setConnectTimeout((int) upstream.connectTimeout().toMillis())
                .setKeepAlive(true)
                .setTcpNoDelay(true)
                // The proxy relays bytes: decompressing would only cost CPU and change Content-Length.
                .setDecompressionSupported(false);
        return vertx.createHttpClient(options, new PoolOptions().setHttp1MaxSize(upstream.maxConnections()));
    }

    @PreDestroy
    void close() {
        all.forEach(Upstream::close);
    }
}
