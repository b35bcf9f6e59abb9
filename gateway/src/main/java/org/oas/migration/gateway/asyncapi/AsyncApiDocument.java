package org.oas.migration.gateway.asyncapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.vertx.core.Future;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.util.List;
import org.oas.migration.gateway.config.GatewayConfig;
import org.oas.migration.gateway.openapi.MergedOpenApi;
import org.oas.migration.gateway.openapi.RenderedDocument;

/**
 * {@code /q/asyncapi}: rebuilt whenever the merged OpenAPI document is, so every payload schema is the REST one of
 * that moment; rendered once as JSON and YAML.
 */
@ApplicationScoped
public class AsyncApiDocument {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final YAMLMapper YAML = new YAMLMapper();

    /** What is served, and the OpenAPI rendering it was built from. */
    public record Rendered(String json, String yaml, List<String> missing, MergedOpenApi.Rendered from) implements RenderedDocument {
    }

    private final MergedOpenApi openApi;
    private final AsyncApiBuilder builder = new AsyncApiBuilder(EventCatalog.load());
    private final String title;
    private final String version;
    private volatile Rendered rendered;

    AsyncApiDocument(MergedOpenApi openApi, GatewayConfig config) {
        this.openApi = openApi;
        this.title = config.openapi().title() + ": events";
        this.version = config.openapi().version();
    }

    public Future<Rendered> current() {
        return openApi.current().map(this::renderedFrom);
    }

    private Rendered renderedFrom(MergedOpenApi.Rendered source) {
        Rendered now = rendered;
        if (now != null && now.from() == source) {
            return now;
        }
        try {
            AsyncApiBuilder.Built built = builder.build(JSON.readTree(source.json()), title, version);
            Rendered next = new Rendered(JSON.writeValueAsString(built.document()), YAML.writeValueAsString(built.document()),
                    built.missing(), source);
            rendered = next;
            return next;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
