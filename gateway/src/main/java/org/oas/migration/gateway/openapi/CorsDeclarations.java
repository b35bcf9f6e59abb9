package org.oas.migration.gateway.openapi;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.oas.migration.gateway.config.GatewayConfig;

/**
 * What the gateway's {@code cors/CorsFilter} adds to every answer to a page from an allowed origin
 * ({@code gateway.cors.origins}): {@code Access-Control-Allow-Origin} (that origin) and
 * {@code Access-Control-Expose-Headers}. The services never see the origin, so their documents cannot say it: the
 * merged document declares both headers once in {@code components/headers} and references them from every response
 * (the operations' and the shared ones in {@code components/responses}). With no origin configured the filter sends
 * neither, and nothing is declared.
 */
final class CorsDeclarations {

    static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
    static final String EXPOSE_HEADERS = "Access-Control-Expose-Headers";

    private CorsDeclarations() {
    }

    static void addTo(OpenAPI merged, GatewayConfig.Cors cors) {
        List<String> origins = cors.origins().orElse(List.of());
        if (origins.isEmpty()) {
            return;
        }
        List<String> names = new ArrayList<>();
        merged.getComponents().addHeader(ALLOW_ORIGIN, OASFactory.createHeader()
                .description("Only on an answer to a page from an allowed origin (the request's `Origin`): that origin")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).format("uri")
                        .enumeration(List.copyOf(origins))));
        names.add(ALLOW_ORIGIN);
        if (!cors.exposedHeaders().isEmpty()) {
            String exposed = String.join(",", cors.exposedHeaders());
            merged.getComponents().addHeader(EXPOSE_HEADERS, OASFactory.createHeader()
                    .description("Only with `Access-Control-Allow-Origin`: the response headers the page may read")
                    .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).enumeration(List.of(exposed))));
            names.add(EXPOSE_HEADERS);
        }
        if (merged.getComponents().getResponses() != null) {
            merged.getComponents().getResponses().values().forEach(response -> declare(response, names));
        }
        if (merged.getPaths() == null) {
            return;
        }
        merged.getPaths().getPathItems().values().forEach(item -> {
            if (item.getOperations() == null) {
                return;
            }
            item.getOperations().values().forEach(operation -> {
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().values().forEach(response -> declare(response, names));
                }
            });
        });
    }

    private static void declare(APIResponse response, List<String> names) {
        if (response.getRef() != null) {
            return;
        }
        for (String name : names) {
            if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
                Header reference = OASFactory.createHeader().ref("#/components/headers/" + name);
                response.addHeader(name, reference);
            }
        }
    }
}
