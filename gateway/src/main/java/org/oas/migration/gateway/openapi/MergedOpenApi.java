package org.oas.migration.gateway.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.openapi.runtime.io.Format;
import io.smallrye.openapi.runtime.io.OpenApiSerializer;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.info.Contact;
import org.jboss.logging.Logger;
import org.oas.migration.gateway.config.GatewayConfig;
import org.oas.migration.gateway.routing.Upstream;
import org.oas.migration.gateway.routing.Upstreams;
import org.oas.migration.platform.problem.RequestLimitsConfig;

/**
 * The one document: fetched from every service on a schedule (and on the first request), merged, rendered once
 * as JSON and YAML. A service that does not answer keeps its last good document in the merge, so the console
 * never loses half the API because one service restarts.
 */
@ApplicationScoped
public class MergedOpenApi {

    private static final Logger LOG = Logger.getLogger(MergedOpenApi.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OWN_DOCUMENT = "/gateway/openapi.yaml";

    /** What is served; replaced whole, never mutated. */
    public record Rendered(String json, String yaml, List<String> missing, List<String> collisions) implements RenderedDocument {
    }

    private final GatewayConfig config;
    private final RequestLimitsConfig requestLimits;
    private final Upstreams upstreams;
    private final Vertx vertx;
    private final Map<String, String> lastGood = new ConcurrentHashMap<>();
    private final ExampleLookups exampleLookups = new ExampleLookups();
    private volatile Rendered rendered;
    private volatile Future<Rendered> refreshing;
    private long timer = -1;

    MergedOpenApi(GatewayConfig config, RequestLimitsConfig requestLimits, Upstreams upstreams, Vertx vertx) {
        this.config = config;
        this.requestLimits = requestLimits;
        this.upstreams = upstreams;
        this.vertx = vertx;
    }

    void start(@Observes StartupEvent event) {
        timer = vertx.setPeriodic(config.openapi().refreshInterval().toMillis(), id -> refresh());
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    /** The current document; the first call waits for the first build. */
    public Future<Rendered> current() {
        Rendered now = rendered;
        if (now == null) {
            return refresh();
        }
        if (!now.missing().isEmpty()) {
            // A service never reached yet: try again now, but answer with what there is.
            refresh();
        }
        return Future.succeededFuture(now);
    }

    /** Fetches every document; rebuilds when one changed (or nothing was built yet). Concurrent calls share one run. */
    public synchronized Future<Rendered> refresh() {
        if (refreshing != null) {
            return refreshing;
        }
        List<Future<Boolean>> fetches = new ArrayList<>();
        for (Upstream upstream : upstreams.all()) {
            fetches.add(fetch(upstream));
        }
        Future<Rendered> run = Future.join(fetches).transform(ignored -> {
            boolean changed = fetches.stream().anyMatch(f -> f.succeeded() && f.result());
            Map<Upstream, String> documents = new java.util.LinkedHashMap<>();
            upstreams.all().forEach(upstream -> {
                if (lastGood.containsKey(upstream.name())) {
                    documents.put(upstream, lastGood.get(upstream.name()));
                }
            });
            // Parameter examples looked up in the services (ExampleLookups): a newly found one rebuilds the document too.
            return exampleLookups.resolve(documents, config.openapi().fetchTimeout()).transform(found -> {
                boolean newExamples = found.succeeded() && found.result();
                if (!changed && !newExamples && rendered != null && rendered.missing().isEmpty()) {
                    return Future.succeededFuture(rendered);
                }
                return vertx.executeBlocking(this::build, false);
            });
        });
        refreshing = run;
        run.onComplete(r -> {
            synchronized (this) {
                refreshing = null;
            }
            if (r.failed()) {
                LOG.error("Could not build the merged OpenAPI document", r.cause());
            }
        });
        return run;
    }

    /** True when the service's document differs from the last good one. */
    private Future<Boolean> fetch(Upstream upstream) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setURI("/q/openapi?format=json")
                .addHeader("Accept", "application/json").setIdleTimeout(config.openapi().fetchTimeout().toMillis());
        Promise<Boolean> result = Promise.promise();
        upstream.client().request(options)
                .compose(request -> request.send())
                .compose(response -> response.statusCode() == 200 ? response.body()
                        : Future.failedFuture("status " + response.statusCode()))
                .onSuccess(body -> {
                    String text = body.toString();
                    String previous = lastGood.put(upstream.name(), text);
                    result.complete(!text.equals(previous));
                })
                .onFailure(e -> {
                    LOG.debugf("OpenAPI of %s not fetched (%s); keeping the last good one", upstream.name(), e.toString());
                    result.fail(e);
                });
        return result.future();
    }

    private Rendered build() {
        List<OpenApiMerger.Source> sources = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Upstream upstream : upstreams.all()) {
            String raw = lastGood.get(upstream.name());
            if (raw == null) {
                missing.add(upstream.name());
                continue;
            }
            try {
                ObjectNode tree = (ObjectNode) JSON.readTree(raw);
                exampleLookups.apply(upstream.name(), tree);
                sources.add(new OpenApiMerger.Source(upstream.name(), upstream.config().description(), tree));
            } catch (IOException | ClassCastException e) {
                LOG.warnf("OpenAPI of %s is not a JSON object: left out (%s)", upstream.name(), e.toString());
                lastGood.remove(upstream.name());
                missing.add(upstream.name());
            }
        }
        // Last: the services' component names win; a gateway schema that collides is the one renamed.
        sources.add(new OpenApiMerger.Source("gateway", "Gateway: the change feed and the search across every context.", ownDocument()));
        OpenApiMerger merger = new OpenApiMerger();
        OpenAPI merged = merger.merge(sources, new OpenApiMerger.Meta(config.openapi().title(), config.openapi().version(),
                description(missing), config.publicUrl(), config.openapi().environment(), contact(config.openapi().contact())));
        if (config.rateLimits().enabled()) {
            RateLimitDeclarations.addTo(merged, config.rateLimits().exempt());
        }
        CorsDeclarations.addTo(merged, config.cors());
        ParameterLimitDeclarations.addTo(merged, requestLimits.maxUriLength(), requestLimits.maxHeaderSize().asLongValue());
        ConsoleDefaults.addTo(merged);
        ProblemExamples.addTo(merged);
        try {
            Rendered next = new Rendered(OpenApiSerializer.serialize(merged, Format.JSON),
                    OpenApiSerializer.serialize(merged, Format.YAML), List.copyOf(missing), List.copyOf(merger.collisions()));
            rendered = next;
            return next;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Contact contact(GatewayConfig.Contact configured) {
        Contact contact = OASFactory.createContact().name(configured.name());
        configured.url().ifPresent(contact::setUrl);
        configured.email().ifPresent(contact::setEmail);
        return contact;
    }

    private static String description(List<String> missing) {
        String text = "One API over the organizations, meetings and programs contexts of the OAS migration-information "
                + "suite, at one address. Reads are public; writes need a bearer token (use Authorize with a partner "
                + "client's id and secret). Portals: sync each collection with `updatedSince`, then follow `/v1/changes`.";
        return missing.isEmpty() ? text : text + "\n\nNot yet available (service not reached since the gateway started): "
                + String.join(", ", missing) + ".";
    }

    private static ObjectNode ownDocument() {
        try (InputStream in = MergedOpenApi.class.getResourceAsStream(OWN_DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException(OWN_DOCUMENT + " is missing");
            }
            return (ObjectNode) new YAMLMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
