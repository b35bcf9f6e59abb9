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
 * Refuses a declared oversize body with 413 problem+json before anything reads it (Vert.x would otherwise
 * answer with an empty 413). Bodies sent without Content-Length are still capped by Vert.x itself.
 */
@ApplicationScoped
public class BodySizeLimit {

    private final long maxBytes;

    BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M") MemorySize max) {
        this.maxBytes = max.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(-100).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && parse(length) > maxBytes) {
            RouteProblems.send(ctx.response(), new ApiException(ProblemType.PAYLOAD_TOO_LARGE,
                    "The request body exceeds " + maxBytes + " bytes", List.of(), Map.of("Connection", "close")), ctx.request().path());
            return;
        }
        ctx.next();
    }

    private static long parse(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
