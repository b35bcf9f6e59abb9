package org.oas.migration.gateway.routing;

import io.smallrye.faulttolerance.api.Guard;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import jakarta.enterprise.util.TypeLiteral;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.oas.migration.gateway.config.GatewayConfig;

/**
 * One running instance (replica) of a service: its address, pooled HTTP clients and a circuit breaker.
 * Each event loop gets its own client (and so its own connections): a connection belongs to the event loop that
 * opened it, and sharing one pool across loops hands every response over to the caller's thread.
 * The breaker is SmallRye Fault Tolerance's programmatic {@link Guard}: it accepts a CompletionStage-returning
 * action without offloading it to another thread, so it wraps the non-blocking Vert.x exchange as it is.
 * An instance that refused a connection is left out for the breaker's delay ({@link #markDown}): the breaker alone
 * would need a window of failed calls first, each a client's 503.
 */
final class UpstreamInstance {

    private static final TypeLiteral<CompletionStage<Object>> ASYNC = new TypeLiteral<>() {
    };

    private final URI url;
    private final Supplier<HttpClient> newClient;
    private final HttpClient shared;
    private final Map<Thread, HttpClient> perEventLoop = new ConcurrentHashMap<>();
    private final Guard guard;
    private final long downMillis;
    private volatile long downUntil;

    UpstreamInstance(String name, URI url, GatewayConfig.Upstream config, Function<URI, HttpClient> clients) {
        this.url = url;
        this.newClient = () -> clients.apply(url);
        this.shared = newClient.get();
        GatewayConfig.Breaker breaker = config.breaker();
        this.downMillis = breaker.delay().toMillis();
        this.guard = Guard.create()
                .withDescription("calls to " + name + " at " + url)
                .withThreadOffload(false)
                .withCircuitBreaker()
                .name("upstream-" + name + "-" + url.getHost() + "-" + url.getPort())
                .requestVolumeThreshold(breaker.window())
                .failureRatio(breaker.failureRatio())
                .delay(breaker.delay().toMillis(), java.time.temporal.ChronoUnit.MILLIS)
                .successThreshold(1)
                // A client's oversize body ends the exchange, but says nothing about the service.
                .when(failure -> RequestBody.TooLarge.in(failure) == null)
                .done()
                .build();
    }

    URI url() {
        return url;
    }

    /** The calling event loop's own client; callers off the event loops (workers) share one. */
    HttpClient client() {
        Context context = Vertx.currentContext();
        if (context == null || !context.isEventLoopContext()) {
            return shared;
        }
        return perEventLoop.computeIfAbsent(Thread.currentThread(), loop -> newClient.get());
    }

    /** `scheme://host:port` the service sees itself called at (the Host header the client sends it). */
    String origin() {
        boolean defaultPort = url.getPort() < 0 || (url.getPort() == 80 && "http".equals(url.getScheme()))
                || (url.getPort() == 443 && "https".equals(url.getScheme()));
        return url.getScheme() + "://" + url.getHost() + (defaultPort ? "" : ":" + url.getPort());
    }

    /** Runs one exchange through the breaker: a failed stage counts as a failure, an open breaker fails fast. */
    @SuppressWarnings("unchecked")
    <T> CompletionStage<T> guarded(Supplier<CompletionStage<T>> exchange) {
        Supplier<CompletionStage<Object>> untyped = () -> (CompletionStage<Object>) exchange.get();
        return (CompletionStage<T>) guard.get(untyped, ASYNC);
    }

    void markDown() {
        downUntil = System.currentTimeMillis() + downMillis;
    }

    boolean isDown() {
        return System.currentTimeMillis() < downUntil;
    }

    void close() {
        shared.close();
        perEventLoop.values().forEach(HttpClient::close);
    }

    @Override
    public String toString() {
        return url.toString();
    }
}
