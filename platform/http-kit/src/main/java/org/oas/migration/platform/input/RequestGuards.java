package org.oas.migration.platform.input;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import org.oas.migration.platform.problem.ApiException;
import org.oas.migration.platform.problem.ProblemType;
import org.oas.migration.platform.problem.RouteProblems;

/**
 * Refuses, before anything reads the body, a request whose body is in an encoding this API does not decode
 * (gzip, say): 415 with {@code Accept-Encoding: identity} (RFC 7694), instead of the compressed bytes reaching a
 * JSON or NDJSON reader.
 */
@ApplicationScoped
public class RequestGuards {

    void install(@Observes Router router) {
        router.route().order(-99).handler(RequestGuards::contentEncoding);
    }

    private static void contentEncoding(RoutingContext ctx) {
        String encoding = ctx.request().getHeader(HttpHeaders.CONTENT_ENCODING);
        if (encoding != null && !encoding.isBlank() && !"identity".equalsIgnoreCase(encoding.trim())) {
            RouteProblems.send(ctx.response(), new ApiException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "Request bodies are accepted uncompressed only (Content-Encoding: identity); got '" + encoding.trim() + "'",
                    List.of(), Map.of("Accept-Encoding", "identity")), ctx.request().path());
            return;
        }
        ctx.next();
    }
}
