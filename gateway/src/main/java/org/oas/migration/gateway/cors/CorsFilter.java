package org.oas.migration.gateway.cors;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.oas.migration.gateway.config.GatewayConfig;
import org.oas.migration.platform.problem.ApiException;
import org.oas.migration.platform.problem.ProblemType;
import org.oas.migration.platform.problem.RouteProblems;

/**
 * CORS for the portals ({@code gateway.cors.*}).
 *
 * <ul>
 *   <li>A request from an allowed origin gets {@code Access-Control-Allow-Origin} and the exposed headers.</li>
 *   <li>A simple request (a GET, say) from any other origin gets its normal answer without them: the browser then
 *       keeps the answer from the page, which is where CORS is enforced. The API is public to read anyway.</li>
 *   <li>A preflight the gateway will not allow (origin, method or a header) is a 403 problem naming what was
 *       refused; an allowed one is answered here (204), never forwarded.</li>
 *   <li>Every answer carries {@code Vary: Origin} (merged with the service's own Vary), so a cache never hands one
 *       origin's answer to another.</li>
 * </ul>
 *
 * <p>Why not Quarkus's CORS filter ({@code quarkus.http.cors}, now off): it answers an empty 403 to every request
 * whose origin is not allowed, simple GETs included, which breaks a plain read from any other site's page and is not
 * a problem in the services' vocabulary; and it has no way to say which of origin, method or header was refused.
 *
 * <p>Order -950: after {@link org.oas.migration.gateway.ratelimit.EdgeFilter} (-1000, security headers on every
 * answer) and before every route.
 */
@Singleton
public class CorsFilter {

    private static final int ORDER = -950;

    private final Set<String> origins;
    private final Set<String> methods;
    private final Set<String> headers;
    private final String allowMethods;
    private final String allowHeaders;
    private final String exposeHeaders;
    private final String maxAge;

    CorsFilter(GatewayConfig config) {
        GatewayConfig.Cors cors = config.cors();
        this.origins = Set.copyOf(cors.origins().orElse(List.of()));
        this.methods = cors.methods().stream().map(m -> m.toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        this.headers = cors.headers().stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        this.allowMethods = String.join(",", cors.methods());
        this.allowHeaders = String.join(",", cors.headers());
        this.exposeHeaders = String.join(",", cors.exposedHeaders());
        this.maxAge = Long.toString(cors.maxAge().toSeconds());
    }

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::filter);
    }

    private void filter(RoutingContext context) {
        HttpServerRequest request = context.request();
        HttpServerResponse response = context.response();
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        boolean allowed = origin != null && origins.contains(origin);
        context.addHeadersEndHandler(ignored -> {
            // Last, over whatever the service sent: these are the gateway's to say.
            varyOnOrigin(response);
            if (allowed) {
                response.headers().set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
                if (!exposeHeaders.isEmpty()) {
                    response.headers().set(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, exposeHeaders);
                }
            } else {
                response.headers().remove(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
            }
        });
        String requestedMethod = request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
        if (origin == null || request.method() != HttpMethod.OPTIONS || requestedMethod == null) {
            context.next();
            return;
        }
        preflight(context, origin, allowed, requestedMethod.trim(), request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS));
    }

    private void preflight(RoutingContext context, String origin, boolean allowed, String method, String requestedHeaders) {
        if (!allowed) {
            refuse(context, "Pages from " + origin + " may not call this API from a browser.");
            return;
        }
        if (!methods.contains(method.toUpperCase(Locale.ROOT))) {
            refuse(context, "Method " + method + " is not allowed from a browser; allowed: " + allowMethods + ".");
            return;
        }
        List<String> refused = requestedHeaders == null ? List.of() : Arrays.stream(requestedHeaders.split(","))
                .map(String::trim).filter(h -> !h.isEmpty() && !headers.contains(h.toLowerCase(Locale.ROOT))).toList();
        if (!refused.isEmpty()) {
            refuse(context, "Request header(s) " + String.join(", ", refused) + " may not be sent from a browser; allowed: "
                    + allowHeaders + ".");
            return;
        }
        HttpServerResponse response = context.response();
        response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, allowMethods)
                .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, allowHeaders)
                .putHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, maxAge)
                .setStatusCode(204).end();
    }

    private static void refuse(RoutingContext context, String detail) {
        RouteProblems.send(context.response(), new ApiException(ProblemType.FORBIDDEN, detail), context.request().path());
    }

    /** Adds Origin to Vary unless it is there already (or Vary is "*"). */
    private static void varyOnOrigin(HttpServerResponse response) {
        List<String> present = response.headers().getAll(HttpHeaders.VARY);
        boolean has = present.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::trim)
                .anyMatch(v -> v.equals("*") || v.equalsIgnoreCase("Origin"));
        if (!has) {
            response.headers().add(HttpHeaders.VARY, "Origin");
        }
    }
}
