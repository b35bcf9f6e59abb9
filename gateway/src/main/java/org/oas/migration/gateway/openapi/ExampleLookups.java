package org.oas.migration.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import org.oas.migration.gateway.routing.Upstream;

/**
 * A parameter example that names a generated id cannot be written down: every seeded stack gives its records new ids.
 * A service's document says instead where the id is ({@code x-example-lookup: {path, pointer}}, platform/service-kit
 * {@code OperationExamples}: a GET by natural key, and the JSON pointer of the id in its answer). The gateway asks
 * the service, and the merged document carries the id as the parameter's {@code example}, which the console fills in:
 * "Try it out", "Execute" then answers with the record. A lookup that finds nothing (no seed data, or not loaded yet)
 * leaves the parameter without an example and is asked again at the next refresh; one that found its id is not
 * asked again.
 */
final class ExampleLookups {

    static final String EXTENSION = "x-example-lookup";
    private static final Logger LOG = Logger.getLogger(ExampleLookups.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A lookup of a service: the GET path and the pointer of the value in its answer. */
    record Lookup(String service, String path, String pointer) {
    }

    private final Map<Lookup, JsonNode> resolved = new ConcurrentHashMap<>();

    /** Asks each service for the lookups of its document not found yet; true when any value was found now. */
    Future<Boolean> resolve(Map<Upstream, String> documents, Duration timeout) {
        List<Future<Boolean>> asks = new ArrayList<>();
        documents.forEach((upstream, raw) -> {
            for (Lookup lookup : lookups(upstream.name(), raw)) {
                if (!resolved.containsKey(lookup)) {
                    asks.add(ask(upstream, lookup, timeout));
                }
            }
        });
        return Future.join(asks).transform(ignored -> Future.succeededFuture(
                asks.stream().anyMatch(f -> f.succeeded() && f.result())));
    }

    /** Each parameter's lookup replaced by the example found (the extension removed either way). */
    void apply(String service, ObjectNode document) {
        for (ObjectNode parameter : parameters(document)) {
            Lookup lookup = lookupOf(service, parameter.remove(EXTENSION));
            if (lookup == null) {
                continue;
            }
            JsonNode value = resolved.get(lookup);
            if (value != null) {
                parameter.set("example", value);
            }
        }
    }

    private Future<Boolean> ask(Upstream upstream, Lookup lookup, Duration timeout) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setURI(lookup.path())
                .addHeader("Accept", "application/json").setIdleTimeout(timeout.toMillis());
        return upstream.client().request(options)
                .compose(request -> request.send())
                .compose(response -> response.statusCode() == 200 ? response.body()
                        : Future.failedFuture("status " + response.statusCode()))
                .map(body -> {
                    try {
                        JsonNode value = JSON.readTree(body.toString()).at(lookup.pointer());
                        if (value.isMissingNode() || value.isNull() || value.isContainerNode()) {
                            return false;
                        }
                        resolved.put(lookup, value);
                        return true;
                    } catch (IOException e) {
                        return false;
                    }
                })
                .onFailure(e -> LOG.debugf("Example lookup %s %s not found (%s)", lookup.service(), lookup.path(), e.toString()));
    }

    private static List<Lookup> lookups(String service, String raw) {
        List<Lookup> lookups = new ArrayList<>();
        try {
            JsonNode document = JSON.readTree(raw);
            if (document instanceof ObjectNode object) {
                for (ObjectNode parameter : parameters(object)) {
                    Lookup lookup = lookupOf(service, parameter.get(EXTENSION));
                    if (lookup != null) {
                        lookups.add(lookup);
                    }
                }
            }
        } catch (IOException e) {
            // Not JSON: the merge leaves that document out and says so.
        }
        return lookups;
    }

    private static Lookup lookupOf(String service, JsonNode extension) {
        if (extension == null || !extension.path("path").isTextual() || !extension.path("path").asText().startsWith("/")) {
            return null;
        }
        return new Lookup(service, extension.get("path").asText(), extension.path("pointer").asText("/id"));
    }

    /** Every parameter object of every path item and operation. */
    private static List<ObjectNode> parameters(ObjectNode document) {
        List<ObjectNode> found = new ArrayList<>();
        Consumer<JsonNode> collect = list -> list.forEach(p -> {
            if (p instanceof ObjectNode parameter) {
                found.add(parameter);
            }
        });
        document.path("paths").forEach(item -> {
            collect.accept(item.path("parameters"));
            item.forEach(operation -> collect.accept(operation.path("parameters")));
        });
        return found;
    }
}
