package org.oas.migration.gateway.routing;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import io.quarkus.runtime.configuration.MemorySize;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.oas.migration.gateway.config.GatewayConfig;
import org.oas.migration.platform.problem.ApiException;
import org.oas.migration.platform.problem.ProblemType;
import org.oas.migration.platform.problem.RouteProblems;

/**
 * Forwards one request to its service and relays the answer, streaming both bodies (a pipe with back-pressure:
 * a 100,000-line import never sits in the gateway's memory); only a response declaring at most 256 KB is held whole,
 * to leave in one write. Connection failures, timeouts and an open breaker
 * answer 503 problem+json with Retry-After; statuses the service chose itself (its own 5xx included) pass through.
 */
@ApplicationScoped
public class ReverseProxy {

    private static final Logger LOG = Logger.getLogger(ReverseProxy.class);
    /** Responses with a Content-Length up to this are relayed in one write; larger or chunked ones are streamed. */
    private static final long HELD_BODY_LIMIT = 256 * 1024;

    private final TrustedProxies proxies;
    private final String publicUrl;
    /** The cap on a body sent without Content-Length (a declared one over it was refused before routing). */
    private final long maxBodyBytes;

    ReverseProxy(TrustedProxies proxies, GatewayConfig config,
                 @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.proxies = proxies;
        this.publicUrl = config.publicUrl();
        this.maxBodyBytes = maxBodySize.asLongValue();
    }

    public void forward(RoutingContext context, Upstream upstream) {
        // The gateway's server span, captured on the request's own context (the body may arrive on a later tick).
        io.opentelemetry.context.Context trace = io.opentelemetry.context.Context.current();
        // Known before the breaker is asked: a client gone before its body began is no failure of the service.
        RequestBody.of(context, maxBodyBytes)
                .onSuccess(body -> exchange(context, upstream, body, trace))
                .onFailure(e -> {
                    RequestBody.TooLarge tooLarge = RequestBody.TooLarge.in(e);
                    if (tooLarge != null) {
                        tooLarge(context, tooLarge);
                    } else {
                        LOG.debugf("%s %s: the client went away before its body: %s",
                                context.request().method(), context.request().path(), e.toString());
                    }
                });
    }

    private void exchange(RoutingContext context, Upstream upstream, RequestBody body,
                          io.opentelemetry.context.Context trace) {
        attempt(context, upstream, body, upstream.size(), trace);
    }

    /**
     * One try on the next instance of the service. A try that sent nothing (the connection was refused or timed
     * out, or that instance's breaker is open) goes on to the next instance, each instance once: the client's body
     * is still unread then, so any method may be tried again. A bodiless read whose connection broke before the
     * answer began (the instance died under it) is tried again too: it changes nothing where it arrived.
     */
    private void attempt(RoutingContext context, Upstream upstream, RequestBody body, int triesLeft,
                         io.opentelemetry.context.Context trace) {
        HttpServerRequest request = context.request();
        boolean trusted = proxies.trusts(request);
        UpstreamInstance instance = upstream.pick();
        RequestOptions options = new RequestOptions()
                .setMethod(request.method())
                .setURI(request.uri())
                .setIdleTimeout(upstream.config().timeout().toMillis());
        instance.<HttpClientResponse>guarded(() -> instance.client().request(options)
                        .compose(outgoing -> {
                            ForwardedHeaders.toUpstream(request, outgoing.headers(), trusted, trace);
                            return body.send(request, outgoing);
                        })
                        // Paused in the tick it arrives: the breaker hands it over later, and no byte may be lost meanwhile.
                        .map(response -> response.pause())
                        .toCompletionStage())
                .whenComplete((response, failure) -> {
                    RequestBody.TooLarge tooLarge = RequestBody.TooLarge.in(failure);
                    if (tooLarge != null) {
                        // The client's fault, not the service's (the breaker does not count it either: UpstreamInstance).
                        body.discard();
                        tooLarge(context, tooLarge);
                    } else if (failure != null && (nothingSent(failure) || replayableRead(request, failure)) && triesLeft > 1
                            && !context.response().closed()) {
                        if (!(cause(failure) instanceof CircuitBreakerOpenException)) {
                            instance.markDown();
                        }
                        LOG.debugf("%s %s -> %s at %s: %s; trying the next instance", request.method(), request.path(),
                                upstream.name(), instance, cause(failure).toString());
                        attempt(context, upstream, body, triesLeft - 1, trace);
                    } else if (failure != null) {
                        if (nothingSent(failure) && !(cause(failure) instanceof CircuitBreakerOpenException)) {
                            instance.markDown();
                        }
                        body.discard();
                        unavailable(context, upstream, failure);
                    } else {
                        relay(response, context.response(),
                                List.of(instance.origin(), ForwardedHeaders.forwardedOrigin(request, trusted)),
                                ForwardedHeaders.linkOrigin(request, trusted, publicUrl));
                    }
                });
    }

    /** Failed before the request left: no connection to the instance, or its breaker refused the call. */
    private static boolean nothingSent(Throwable failure) {
        Throwable cause = cause(failure);
        return cause instanceof java.net.ConnectException || cause instanceof CircuitBreakerOpenException;
    }

    /** GET, HEAD or OPTIONS without a body, its connection lost (not timed out: the next instance would wait as long). */
    private static boolean replayableRead(HttpServerRequest request, Throwable failure) {
        HttpMethod method = request.method();
        boolean read = method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS;
        boolean bodiless = request.getHeader(HttpHeaders.TRANSFER_ENCODING) == null
                && (request.getHeader(HttpHeaders.CONTENT_LENGTH) == null || "0".equals(request.getHeader(HttpHeaders.CONTENT_LENGTH)));
        Throwable cause = cause(failure);
        return read && bodiless && !(cause instanceof java.util.concurrent.TimeoutException)
                && (cause instanceof java.io.IOException || cause instanceof io.vertx.core.VertxException);
    }

    private static Throwable cause(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    private static void relay(HttpClientResponse upstream, HttpServerResponse response, List<String> internalOrigins,
                              String linkOrigin) {
        if (response.closed()) {
            abandon(upstream);
            return;
        }
        response.setStatusCode(upstream.statusCode());
        response.setStatusMessage(upstream.statusMessage());
        ForwardedHeaders.toClient(upstream.headers(), response.headers(), internalOrigins, linkOrigin);
        if (!upstream.headers().contains(HttpHeaders.CONTENT_LENGTH) && mayHaveBody(upstream)) {
            response.setChunked(true);
        }
        if (smallBody(upstream)) {
            // Held whole (a bounded amount) and written at once: one write instead of one per network read.
            upstream.body().onSuccess(response::end).onFailure(e -> interrupted(upstream, response, e));
            upstream.resume();
            return;
        }
        upstream.pipeTo(response).onFailure(e -> interrupted(upstream, response, e));
    }

    /** Mid-relay: the status is gone already, so the only honest signal left is a broken connection. */
    private static void interrupted(HttpClientResponse upstream, HttpServerResponse response, Throwable failure) {
        LOG.debugf("Relay of %s interrupted: %s", upstream.request().getURI(), failure.toString());
        abandon(upstream);
        response.reset();
    }

    /** The client is gone: drop the upstream exchange (its reset is expected, not an error to log). */
    private static void abandon(HttpClientResponse upstream) {
        upstream.exceptionHandler(ignored -> { });
        upstream.request().reset();
    }

    private static void tooLarge(RoutingContext context, RequestBody.TooLarge tooLarge) {
        RouteProblems.send(context.response(), new ApiException(ProblemType.PAYLOAD_TOO_LARGE,
                "The request body exceeds " + tooLarge.limit() + " bytes", List.of(), Map.of("Connection", "close")),
                context.request().path());
    }

    private static void unavailable(RoutingContext context, Upstream upstream, Throwable failure) {
        Throwable cause = cause(failure);
        String detail;
        if (cause instanceof CircuitBreakerOpenException) {
            detail = "The " + upstream.name() + " service failed repeatedly; calls are paused for a moment.";
        } else {
            LOG.warnf("%s %s -> %s failed: %s", context.request().method(), context.request().path(), upstream.name(), cause.toString());
            detail = "The " + upstream.name() + " service did not answer.";
        }
        HttpServerResponse response = context.response();
        if (!response.headWritten()) {
            response.putHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, upstream.retryAfter().toSeconds())));
        }
        RouteProblems.send(response, new ApiException(ProblemType.UNAVAILABLE, detail), context.request().path());
    }

    /** A declared length up to {@link #HELD_BODY_LIMIT}: a list page or a resource, never an export or an import report. */
    private static boolean smallBody(HttpClientResponse response) {
        String length = response.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return false;
        }
        try {
            return Long.parseLong(length) <= HELD_BODY_LIMIT;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean mayHaveBody(HttpClientResponse response) {
        int status = response.statusCode();
        return response.request().getMethod() != HttpMethod.HEAD && status != 204 && status != 304 && status >= 200;
    }
}
