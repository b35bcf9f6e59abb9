package org.oas.migration.gateway.routing;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.Guard;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import jakarta.enterprise.util.TypeLiteral;
import org.oas.migration.gateway.config.GatewayConfig;

/**
 * One service behind the gateway: its address, pooled HTTP clients and a circuit breaker.
 * Each event loop gets its own client (and so its own connections): a connection belongs to the event loop that
 * opened it, and sharing one pool across loops hands every response over to the caller's thread.
 * The breaker is SmallRye Fault Tolerance's programmatic {@link Guard}: it accepts a CompletionStage-returning
 * action without offloading it to another thread, so it wraps the non-blocking Vert.x exchange as it is.
 */
public final class Upstream {

    private static final TypeLiteral<CompletionStage<Object>> ASYNC = new TypeLiteral<>() {
    };

    private final String name;
    private final GatewayConfig.Upstream config;
    private final Supplier<HttpClient> newClient;
    private final HttpClient shared;
    private final Map<Thread, HttpClient> perEventLoop = new ConcurrentHashMap<>();
    private final Guard guard;
    private final String breakerName;

    Upstream(String name, GatewayConfig.Upstream config, Supplier<HttpClient> newClient) {
        this.name = name;
        this.config = config;
        this.newClient = newClient;
        this.shared = newClient.get();
        this.breakerName = "upstream-" + name;
        GatewayConfig.Breaker breaker = config.breaker();
        this.guard = Guard.create()
                .withDescription("calls to " + name)
                .withThreadOffload(false)
                .withCircuitBreaker()
                .name(breakerName)
                .requestVolumeThreshold(breaker.window())
                .failureRatio(breaker.failureRatio())
                .delay(breaker.delay().toMillis(), java.time.temporal.ChronoUnit.MILLIS)
                .successThreshold(1)
                // A client's oversize body ends the exchange, but says nothing about the service.
                .when(failure -> RequestBody.TooLarge.in(failure) == null)
                .done()
                .build();
    }

    public String name() {
        return name;
    }

    public GatewayConfig.Upstream config() {
        return config;
    }

    /** The calling event loop's own client; callers off the event loops (workers) share one. */
    public HttpClient client() {
        Context context = Vertx.currentContext();
        if (context == null || !context.isEventLoopContext()) {
            return shared;
        }
        return perEventLoop.computeIfAbsent(Thread.currentThread(), loop -> newClient.get());
    }

    void close() {
        shared.close();
        perEventLoop.values().forEach(HttpClient::close);
    }

    /** `scheme://host:port` the service sees itself called at (the Host header the client sends it). */
    public String origin() {
        java.net.URI url = config.url();
        boolean defaultPort = url.getPort() < 0 || (url.getPort() == 80 && "http".equals(url.getScheme()))
                || (url.getPort() == 443 && "https".equals(url.getScheme()));
        return url.getScheme() + "://" + url.getHost() + (defaultPort ? "" : ":" + url.getPort());
    }

    public List<String> prefixes() {
        return config.prefixes();
    }

    public Duration retryAfter() {
        return config.breaker().delay();
    }

    public boolean breakerOpen() {
        return CircuitBreakerMaintenance.get().currentState(breakerName) == CircuitBreakerState.OPEN;
    }

    /** Runs one exchange through the breaker: a failed stage counts as a failure, an open breaker fails fast. */
    @SuppressWarnings("unchecked")
    public <T> CompletionStage<T> guarded(Supplier<CompletionStage<T>> exchange) {
        Supplier<CompletionStage<Object>> untyped = () -> (CompletionStage<Object>) exchange.get();
        return (CompletionStage<T>) guard.get(untyped, ASYNC);
    }

    public void resetBreaker() {
        CircuitBreakerMaintenance.get().reset(breakerName);
    }
}
