package org.oas.migration.gateway.asyncapi;

import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.oas.migration.gateway.openapi.OpenApiRoutes;

/** {@code /q/asyncapi}: JSON by default, YAML with {@code ?format=yaml} or an Accept naming yaml, as /q/openapi. */
@Singleton
public class AsyncApiRoutes {

    static final String PATH = "/q/asyncapi";

    void register(@Observes Router router, AsyncApiDocument document) {
        router.get(PATH).handler(context -> OpenApiRoutes.serve(context, PATH, document.current()));
    }
}
