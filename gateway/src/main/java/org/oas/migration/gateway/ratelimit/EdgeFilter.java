package org.oas.migration.gateway.ratelimit;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.oas.migration.gateway.problem.Problem;
import org.oas.migration.gateway.problem.Problems;
import org.oas.migration.gateway.routing.TrustedProxies;

/**
 * Runs before every route: security headers on every response (proxied ones included), then the rate limit with
 * its RateLimit-* headers, or 429 problem+json with Retry-After.
 */
@Singleton
public class EdgeFilter {

    /** Before the proxy routes and Quarkus REST. */
    private static final int ORDER = -1000;

    void register(@Observes Router router, RateLimiter limiter, TrustedProxies proxies) {
        router.route().order(ORDER).handler(context -> filter(context, limiter, proxies));
    }

    private static void filter(RoutingContext context, RateLimiter limiter, TrustedProxies proxies) {
        HttpServerResponse response = context.response();
        response.headersEndHandler(ignored -> {
            // Set last, so a service's own values cannot weaken them.
            response.headers().set("X-Content-Type-Options", "nosniff");
            response.headers().set("Referrer-Policy", "no-referrer");
            response.headers().set("X-Frame-Options", "DENY");
        });
        String path = context.request().path();
        if (!limiter.enabled() || limiter.exempt(path) || context.request().method() == HttpMethod.OPTIONS) {
            context.next();
            return;
        }
        String address = proxies.clientAddress(context.request());
        RateLimiter.Decision decision = limiter.take(context.request().getHeader(HttpHeaders.AUTHORIZATION), address);
        response.putHeader("RateLimit-Limit", Long.toString(decision.limit()));
        response.putHeader("RateLimit-Remaining", Long.toString(decision.remaining()));
        response.putHeader("RateLimit-Reset", Long.toString(decision.allowed() ? decision.resetSeconds() : decision.retryAfterSeconds()));
        if (decision.allowed()) {
            context.next();
            return;
        }
        response.putHeader(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
        Problems.send(response, Problem.of(429, "Too Many Requests",
                "Request rate limit reached; retry after " + decision.retryAfterSeconds() + " s.", path));
    }
}
