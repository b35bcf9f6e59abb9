package org.oas.migration.platform.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * 413 problem+json for a body over {@code quarkus.http.limits.max-body-size} (or a route's own limit), however it is
 * framed. A declared oversize body is refused before anything reads it (Quarkus would answer an empty 413).
 *
 * <p>A body without Content-Length (chunked, or HTTP/2 without the header) can only be measured as it is read.
 * Quarkus's input stream does that through the routing-context value {@code io.quarkus.max-request-size}, and past
 * it ends the response itself with an empty 413 and closes the connection. So, once Quarkus (order -2) and any route
 * with a limit of its own (programs' imports, order -1) have set that value, {@link #takeOverUndeclared} (order 0)
 * moves it to {@link #UNDECLARED_LIMIT} and switches Quarkus's check off; {@link UndeclaredBodyLimit} then counts
 * the bytes JAX-RS reads and throws a 413 {@link ApiException} past the limit, rendered like any other problem.
 */
@ApplicationScoped
public class BodySizeLimit {

    /** The limit on a body without Content-Length, for {@link UndeclaredBodyLimit}. */
    static final String UNDECLARED_LIMIT = BodySizeLimit.class.getName() + ".undeclared";
    private static final String QUARKUS_LIMIT = "io.quarkus.max-request-size";

    private final long maxBytes;

    BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M") MemorySize max) {
        this.maxBytes = max.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(-100).handler(this::check);
        router.route().order(0).handler(BodySizeLimit::takeOverUndeclared);
    }

    private static void takeOverUndeclared(RoutingContext ctx) {
        Object limit = ctx.get(QUARKUS_LIMIT);
        if (limit instanceof Long bytes && bytes > 0 && ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH) == null) {
            ctx.put(UNDECLARED_LIMIT, bytes);
            ctx.put(QUARKUS_LIMIT, -1L);
        }
        ctx.next();
    }

    static ApiException tooLarge(long maxBytes) {
        return new ApiException(ProblemType.PAYLOAD_TOO_LARGE, "The request body exceeds " + maxBytes + " bytes", List.of(),
                Map.of("Connection", "close"));
    }

    private void check(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && declaredLength(length) > maxBytes) {
            RouteProblems.send(ctx.response(), tooLarge(maxBytes), ctx.request().path());
            return;
        }
        ctx.next();
    }

    /** A declared {@code Content-Length}, 0 when it is not a number (the codec refuses those anyway). */
    public static long declaredLength(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
