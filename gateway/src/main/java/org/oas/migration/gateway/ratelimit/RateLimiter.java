package org.oas.migration.gateway.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.oas.migration.gateway.config.GatewayConfig;

/**
 * Token buckets (Bucket4j, in memory: one gateway instance; a shared store would be needed behind several) per
 * client subject and per address. Buckets that have refilled completely are forgotten, so idle callers cost nothing.
 */
@ApplicationScoped
public class RateLimiter {

    /** The outcome for one request: the bucket that decided and what it says. */
    public record Decision(boolean allowed, long limit, long remaining, long resetSeconds, long retryAfterSeconds) {
    }

    private record Key(String kind, String id) {
    }

    private final GatewayConfig.RateLimits config;
    private final Vertx vertx;
    private final Map<Key, Bucket> buckets = new ConcurrentHashMap<>();
    private final Map<Key, Long> capacities = new ConcurrentHashMap<>();
    private long sweeper = -1;

    RateLimiter(GatewayConfig config, Vertx vertx) {
        this.config = config.rateLimits();
        this.vertx = vertx;
    }

    void start(@Observes StartupEvent event) {
        sweeper = vertx.setPeriodic(Duration.ofMinutes(1).toMillis(), id -> sweep());
    }

    void stop(@Observes ShutdownEvent event) {
        if (sweeper >= 0) {
            vertx.cancelTimer(sweeper);
        }
    }

    public boolean enabled() {
        return config.enabled();
    }

    public boolean exempt(String path) {
        return config.exempt().stream().anyMatch(path::startsWith);
    }

    /**
     * Takes one token from each bucket the request counts against; the first refusal decides. `subject` is a verified
     * token's: without one the caller is anonymous, by address.
     */
    public Decision take(String subject, String address) {
        return subject == null ? take(new Key("anonymous", address))
                : take(new Key("address", address), new Key("client", subject));
    }

    /** A token request: per address, and per the client_id it names (when it names one). */
    public Decision takeTokenRequest(String clientId, String address) {
        return clientId == null ? take(new Key("token-address", address))
                : take(new Key("token-address", address), new Key("token-client", clientId));
    }

    public String tokenPath() {
        return config.tokenPath();
    }

    private Decision take(Key... keys) {
        Decision decision = null;
        for (Key key : keys) {
            GatewayConfig.Limit limit = limit(key);
            ConsumptionProbe probe = buckets.computeIfAbsent(key, k -> bucket(k, limit)).tryConsumeAndReturnRemaining(1);
            decision = new Decision(probe.isConsumed(), limit.burst(), probe.getRemainingTokens(),
                    seconds(probe.getNanosToWaitForReset()), Math.max(1, seconds(probe.getNanosToWaitForRefill())));
            if (!probe.isConsumed()) {
                return decision;
            }
        }
        return decision;
    }

    private GatewayConfig.Limit limit(Key key) {
        return switch (key.kind()) {
            case "anonymous" -> config.anonymous();
            case "address" -> config.address();
            case "token-address" -> config.tokenAddress();
            case "token-client" -> config.tokenClient();
            default -> config.clients().getOrDefault(key.id(), config.client());
        };
    }

    private Bucket bucket(Key key, GatewayConfig.Limit limit) {
        capacities.put(key, limit.burst());
        return Bucket.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.burst()).refillGreedy(limit.perSecond(), Duration.ofSeconds(1)))
                .build();
    }

    private void sweep() {
        buckets.entrySet().removeIf(entry -> {
            boolean full = entry.getValue().getAvailableTokens() >= capacities.getOrDefault(entry.getKey(), Long.MAX_VALUE);
            if (full) {
                capacities.remove(entry.getKey());
            }
            return full;
        });
    }

    private static long seconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
