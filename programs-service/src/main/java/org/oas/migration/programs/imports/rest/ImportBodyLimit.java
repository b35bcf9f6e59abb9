package org.oas.migration.programs.imports.rest;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.oas.migration.platform.problem.BodySizeLimit;
import org.oas.migration.platform.problem.Problem;
import org.oas.migration.platform.problem.ProblemType;
import org.oas.migration.programs.imports.domain.ImportsConfig;

/**
 * Gives {@code POST /v1/imports} its own body limit ({@code oas.imports.max-body-size}, far above the service's
 * {@code quarkus.http.limits.max-body-size}, which stays small for every other request).
 *
 * <p>The service-wide checks run as router handlers on every request: the platform's {@code BodySizeLimit} (order
 * -100) and Quarkus's (order -2) refuse a declared {@code Content-Length} above the general limit, and Quarkus caps
 * undeclared (chunked) bodies through the {@code io.quarkus.max-request-size} routing-context value its input stream
 * reads. So, for this one route: before them, an import above its own limit is refused with 413 problem+json, and a
 * declared length within it is hidden from them; after them, the header comes back and the stream's cap becomes the
 * import limit. The import itself counts bytes too, so a body that lies about its length still stops at the limit.
 */
@ApplicationScoped
public class ImportBodyLimit {

    static final String PATH = "/v1/imports";
    private static final String DECLARED_LENGTH = ImportBodyLimit.class.getName() + ".length";
    private static final String MAX_REQUEST_SIZE = "io.quarkus.max-request-size";

    @Inject
    ImportsConfig config;

    void install(@Observes Router router) {
        router.route(HttpMethod.POST, PATH).order(-300).handler(this::before);
        router.route(HttpMethod.POST, PATH).order(-1).handler(this::after);
    }

    private void before(RoutingContext ctx) {
        long max = config.maxBodySize().asLongValue();
        String declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null) {
            long length = BodySizeLimit.declaredLength(declared);
            if (length > max) {
                ctx.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end("{\"type\":\"" + ProblemType.PAYLOAD_TOO_LARGE.uri() + "\",\"title\":\"" + ProblemType.PAYLOAD_TOO_LARGE.title()
                                + "\",\"status\":413,\"detail\":\"An import body holds at most " + max
                                + " bytes; split it into several imports\",\"instance\":\"" + PATH + "\"}");
                return;
            }
            ctx.put(DECLARED_LENGTH, declared);
            ctx.request().headers().remove(HttpHeaders.CONTENT_LENGTH);
        }
        ctx.next();
    }

    private void after(RoutingContext ctx) {
        String declared = ctx.get(DECLARED_LENGTH);
        if (declared != null) {
            ctx.request().headers().set(HttpHeaders.CONTENT_LENGTH, declared);
        }
        ctx.put(MAX_REQUEST_SIZE, config.maxBodySize().asLongValue());
        ctx.next();
    }
}
