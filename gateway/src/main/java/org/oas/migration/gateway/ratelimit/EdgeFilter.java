package org.oas.migration.gateway.ratelimit;

import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;
import org.oas.migration.gateway.identity.BearerTokens;
import org.oas.migration.platform.problem.ApiException;
import org.oas.migration.platform.problem.ProblemType;
import org.oas.migration.platform.problem.RouteProblems;
import org.oas.migration.gateway.routing.RequestBody;
import org.oas.migration.gateway.routing.TrustedProxies;

/**
 * Runs before every route: security headers on every response (proxied ones included), then the rate limit with
 * its RateLimit-* headers, or 429 problem+json with Retry-After. A bearer token picks the client bucket only once
 * verified; a token request is also limited per client_id and address before it reaches the service.
 */
@Singleton
public class EdgeFilter {

    private static final Logger LOG = Logger.getLogger(EdgeFilter.class);
    /** Before the proxy routes and Quarkus REST. */
    private static final int ORDER = -1000;
    /** A client-credentials form is a few hundred bytes. */
    private static final int TOKEN_FORM_LIMIT = 16 * 1024;

    private final RateLimiter limiter;
    private final TrustedProxies proxies;
    private final BearerTokens tokens;

    EdgeFilter(RateLimiter limiter, TrustedProxies proxies, BearerTokens tokens) {
        this.limiter = limiter;
        this.proxies = proxies;
        this.tokens = tokens;
    }

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::filter);
    }

    private void filter(RoutingContext context) {
        HttpServerResponse response = context.response();
        // Through the routing context, which keeps every filter's handler (the response holds one only: CorsFilter's too).
        context.addHeadersEndHandler(ignored -> {
            // Set last, so a service's own values cannot weaken them.
            response.headers().set("X-Content-Type-Options", "nosniff");
            response.headers().set("Referrer-Policy", "no-referrer");
            response.headers().set("X-Frame-Options", "DENY");
        });
        HttpServerRequest request = context.request();
        if (!limiter.enabled() || limiter.exempt(request.path()) || request.method() == HttpMethod.OPTIONS) {
            context.next();
            return;
        }
        String address = proxies.clientAddress(request);
        Future<String> subject = tokens.subject(request.getHeader(HttpHeaders.AUTHORIZATION));
        if (subject.isComplete()) {
            limit(context, subject.result(), address);
            return;
        }
        // Fetching the issuer's keys: hold the body meanwhile (the proxy resumes it when it can take it).
        request.pause();
        subject.onComplete(result -> {
            request.resume();
            limit(context, result.succeeded() ? result.result() : null, address);
        });
    }

    private void limit(RoutingContext context, String subject, String address) {
        RateLimiter.Decision decision = limiter.take(subject, address);
        HttpServerRequest request = context.request();
        if (!decision.allowed() || request.method() != HttpMethod.POST || !request.path().equals(limiter.tokenPath())) {
            decide(context, decision);
            return;
        }
        RequestBody.hold(context, TOKEN_FORM_LIMIT)
                .onSuccess(form -> decide(context,
                        limiter.takeTokenRequest(TokenClientId.of(request.getHeader(HttpHeaders.AUTHORIZATION), form), address)))
                .onFailure(failure -> {
                    if (failure instanceof RequestBody.TooLarge) {
                        RouteProblems.send(context.response(), new ApiException(ProblemType.PAYLOAD_TOO_LARGE,
                                "A token request is a small form (" + TOKEN_FORM_LIMIT + " bytes at most)."), request.path());
                    } else {
                        LOG.debugf("Token request abandoned by the client: %s", failure.toString());
                    }
                });
    }

    private static void decide(RoutingContext context, RateLimiter.Decision decision) {
        HttpServerResponse response = context.response();
        response.putHeader("RateLimit-Limit", Long.toString(decision.limit()));
        response.putHeader("RateLimit-Remaining", Long.toString(decision.remaining()));
        response.putHeader("RateLimit-Reset", Long.toString(decision.allowed() ? decision.resetSeconds() : decision.retryAfterSeconds()));
        if (decision.allowed()) {
            context.next();
            return;
        }
        response.putHeader(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
        RouteProblems.send(response, new ApiException(ProblemType.TOO_MANY_REQUESTS,
                "Request rate limit reached; retry after " + decision.retryAfterSeconds() + " s."), context.request().path());
    }
}
