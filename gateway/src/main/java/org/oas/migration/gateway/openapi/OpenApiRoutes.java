package org.oas.migration.gateway.openapi;

import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.oas.migration.platform.problem.ApiException;
import org.oas.migration.platform.problem.ProblemType;
import org.oas.migration.platform.problem.RouteProblems;

/** `/q/openapi`: JSON by default, YAML with `?format=yaml` or an Accept naming yaml (/q/asyncapi is served the same way). */
@Singleton
public class OpenApiRoutes {

    void register(@Observes Router router, MergedOpenApi document) {
        router.get("/q/openapi").handler(context -> serve(context, "/q/openapi", document.current()));
    }

    /** Serves a document in the format asked for; 503 problem+json while it cannot be assembled. */
    public static void serve(RoutingContext context, String path, Future<? extends RenderedDocument> document) {
        boolean yaml = wantsYaml(context);
        document.onComplete(result -> {
            if (result.failed()) {
                context.response().putHeader(HttpHeaders.RETRY_AFTER, "5");
                RouteProblems.send(context.response(), new ApiException(ProblemType.UNAVAILABLE,
                        "The API description could not be assembled yet."), path);
                return;
            }
            // Quarkus marks every Vert.x route's answer `identity` (not compressed); these documents are large and text.
            context.response().headers().remove(HttpHeaders.CONTENT_ENCODING);
            context.response()
                    .putHeader(HttpHeaders.CONTENT_TYPE, yaml ? "application/yaml;charset=UTF-8" : "application/json;charset=UTF-8")
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                    .end(yaml ? result.result().yaml() : result.result().json());
        });
    }

    private static boolean wantsYaml(RoutingContext context) {
        String format = context.request().getParam("format");
        if (format != null) {
            return format.equalsIgnoreCase("yaml") || format.equalsIgnoreCase("yml");
        }
        String accept = context.request().getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.toLowerCase().contains("yaml") && !accept.toLowerCase().contains("json");
    }
}
