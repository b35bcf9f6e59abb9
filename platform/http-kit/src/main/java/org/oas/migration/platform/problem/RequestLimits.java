package org.oas.migration.platform.problem;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;

/**
 * 414 and 431 as problem+json: a request target longer than {@code oas.http.limits.max-uri-length} (4096) or
 * headers larger than {@code oas.http.limits.max-header-size} (8 KB).
 *
 * <p>Why a route and not the codec: Vert.x's HTTP/1 decoder enforces {@code quarkus.http.limits.max-initial-line-length}
 * and {@code max-header-size} itself and answers an empty 414 or 431 (or 400) through the server's
 * {@code invalidRequestHandler}, before any route runs. Quarkus creates that server and exposes no way to set the
 * handler (its {@code HttpServerStart} events and options customizers see the options only), so a problem body is
 * impossible there. The kit's defaults therefore raise the codec limits to 64 KB and the public limits are checked
 * here, first of every route. A head over 64 KB still gets the codec's empty answer, and so does a head the
 * codec cannot parse at all (a header line without a colon: an empty 400).
 *
 * <p>Runs at order -2000: before the gateway's edge filter (-1000), CORS and every body check, so nothing reads a
 * request whose head is refused.
 */
@ApplicationScoped
public class RequestLimits {

    static final int ORDER = -2000;

    private final int maxUriLength;
    private final long maxHeaderBytes;

    RequestLimits(RequestLimitsConfig config) {
        this.maxUriLength = config.maxUriLength();
        this.maxHeaderBytes = config.maxHeaderSize().asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.uri().length() > maxUriLength) {
            refuse(ctx, ProblemType.URI_TOO_LONG, "The request target holds " + request.uri().length()
                    + " characters; at most " + maxUriLength + " are accepted. Send fewer or shorter query parameters.");
            return;
        }
        long headerBytes = headerBytes(request);
        if (headerBytes > maxHeaderBytes) {
            refuse(ctx, ProblemType.HEADERS_TOO_LARGE, "The request headers hold " + headerBytes + " bytes; at most "
                    + maxHeaderBytes + " are accepted.");
            return;
        }
        ctx.next();
    }

    /** Names and values, as the decoder counts them (without the separators). */
    private static long headerBytes(HttpServerRequest request) {
        long total = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            total += header.getKey().length() + header.getValue().length();
        }
        return total;
    }

    /** The path only as instance: the whole target is what was too long. */
    private static void refuse(RoutingContext ctx, ProblemType type, String detail) {
        String path = ctx.request().path();
        String instance = path != null && path.length() <= 256 ? path : null;
        RouteProblems.send(ctx.response(), new ApiException(type, detail, List.of(), Map.of("Connection", "close")), instance);
    }
}
