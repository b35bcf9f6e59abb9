package org.oas.migration.gateway.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.openapi.api.OpenApiConfig;
import io.smallrye.openapi.runtime.io.Format;
import io.smallrye.openapi.runtime.io.OpenApiParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.info.Contact;
import org.eclipse.microprofile.openapi.models.security.OAuthFlow;
import org.eclipse.microprofile.openapi.models.security.OAuthFlows;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.eclipse.microprofile.openapi.models.tags.Tag;
import org.jboss.logging.Logger;

/**
 * Merges the services' documents into one, with SmallRye OpenAPI's model: paths, components (collisions renamed
 * first, see {@link ComponentRenames}), tags described by their context, one server (the gateway), one way to
 * authenticate (a bearer JWT, which the OAuth2 client-credentials flow at /oauth/token issues).
 */
final class OpenApiMerger {

    static final String BEARER = "bearerJwt";
    static final String CLIENT_CREDENTIALS = "partnerClientCredentials";
    private static final String JWT_PRACTICES = "Tokens follow RFC8725 (JSON Web Token best current practices): signed "
            + "with RS256 only and verified with the algorithm pinned (no `none`, no HMAC), against the issuer's published "
            + "keys, with the issuer and the expiry checked.";

    private static final Logger LOG = Logger.getLogger(OpenApiMerger.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One service's document (a JSON tree) and the sentence saying what its context is. */
    record Source(String context, String description, ObjectNode document) {
    }

    /**
     * {@code environment}: which deployment serves it (local, test, staging, production), said in the server's
     * description; {@code contact}: {@code info.contact}.
     */
    record Meta(String title, String version, String description, String serverUrl, String environment, Contact contact) {
    }

    private final List<String> collisions = new ArrayList<>();

    OpenAPI merge(List<Source> sources, Meta meta) {
        OpenApiConfig config = OpenApiConfig.fromConfig(ConfigProvider.getConfig());
        ComponentRenames renames = new ComponentRenames();
        OpenAPI merged = OASFactory.createOpenAPI()
                .info(OASFactory.createInfo().title(meta.title()).version(meta.version()).description(meta.description())
                        .contact(meta.contact()))
                .servers(List.of(OASFactory.createServer().url(serverUrl(meta.serverUrl()))
                        .description("The gateway: the one address of the API (" + meta.environment() + ")")
                        .addExtension("x-internal", false)))
                .paths(OASFactory.createPaths())
                .components(OASFactory.createComponents())
                .tags(new ArrayList<>());
        Set<String> operationIds = new HashSet<>();
        for (Source source : sources) {
            ObjectNode tree = renames.apply(source.context(), source.document().deepCopy());
            OpenAPI document = parse(tree, config);
            if (merged.getOpenapi() == null && document.getOpenapi() != null) {
                merged.setOpenapi(document.getOpenapi());
            }
            mergeComponents(document.getComponents(), merged.getComponents());
            mergeTags(source, document, merged);
            boolean securedByDefault = document.getSecurity() != null && !document.getSecurity().isEmpty();
            if (document.getPaths() != null && document.getPaths().getPathItems() != null) {
                document.getPaths().getPathItems().forEach((path, item) -> {
                    if (merged.getPaths().hasPathItem(path)) {
                        collision("path " + path + " of " + source.context() + " is already served: kept the first");
                        return;
                    }
                    if (item.getOperations() != null) {
                        item.getOperations().values().forEach(op -> adopt(source, op, operationIds, securedByDefault, merged));
                    }
                    merged.getPaths().addPathItem(path, item);
                });
            }
        }
        if (merged.getOpenapi() == null) {
            merged.setOpenapi("3.1.0");
        }
        collisions.addAll(0, renames.collisions());
        merged.getComponents().setSecuritySchemes(securitySchemes());
        return merged;
    }

    /**
     * The public address when it is https (every deployment but a local stack). A plain-http address (a local stack,
     * {@code http://localhost:8080}) is not advertised: the server is then {@code /}, which OpenAPI resolves against
     * where the document was fetched (the gateway itself), true on any host and port the stack runs on.
     */
    static String serverUrl(String publicUrl) {
        return publicUrl.regionMatches(true, 0, "https://", 0, 8) ? publicUrl : "/";
    }

    List<String> collisions() {
        return collisions;
    }

    private void adopt(Source source, Operation operation, Set<String> operationIds, boolean securedByDefault, OpenAPI merged) {
        String id = operation.getOperationId();
        if (id != null && !operationIds.add(id)) {
            String renamed = source.context() + ComponentRenames.capitalize(id);
            for (int i = 2; !operationIds.add(renamed); i++) {
                renamed = source.context() + ComponentRenames.capitalize(id) + i;
            }
            collision("operationId " + id + " of " + source.context() + " -> " + renamed);
            operation.setOperationId(renamed);
        }
        List<SecurityRequirement> security = operation.getSecurity();
        boolean secured = security == null ? securedByDefault : security.stream().anyMatch(r -> r.getSchemes() != null && !r.getSchemes().isEmpty());
        // Whatever each service calls its scheme, through the gateway there is one token: ask for it by one name.
        // A public operation says so with the empty requirement ({}: no credentials needed, OpenAPI 3.1 4.8.30), rather
        // than by leaving security out.
        operation.setSecurity(secured ? requirements() : List.of(OASFactory.createSecurityRequirement()));
        if (operation.getTags() != null) {
            for (String tag : operation.getTags()) {
                if (merged.getTags().stream().noneMatch(t -> t.getName().equals(tag))) {
                    merged.addTag(OASFactory.createTag().name(tag).description(source.description()));
                }
            }
        }
    }

    private void mergeTags(Source source, OpenAPI document, OpenAPI merged) {
        if (document.getTags() == null) {
            return;
        }
        for (Tag tag : document.getTags()) {
            if (merged.getTags().stream().anyMatch(t -> t.getName().equals(tag.getName()))) {
                collision("tag " + tag.getName() + " of " + source.context() + " already described: kept the first");
                continue;
            }
            String own = tag.getDescription();
            tag.setDescription(own == null || own.isBlank() ? source.description() : source.description() + " " + own);
            merged.addTag(tag);
        }
    }

    private static void mergeComponents(Components from, Components into) {
        if (from == null) {
            return;
        }
        // Same name here means same definition (ComponentRenames renamed the others): the first copy is kept.
        putAbsent(from.getSchemas(), into::getSchemas, into::addSchema);
        putAbsent(from.getResponses(), into::getResponses, into::addResponse);
        putAbsent(from.getParameters(), into::getParameters, into::addParameter);
        putAbsent(from.getExamples(), into::getExamples, into::addExample);
        putAbsent(from.getRequestBodies(), into::getRequestBodies, into::addRequestBody);
        putAbsent(from.getHeaders(), into::getHeaders, into::addHeader);
        putAbsent(from.getLinks(), into::getLinks, into::addLink);
        putAbsent(from.getCallbacks(), into::getCallbacks, into::addCallback);
    }

    private static <T> void putAbsent(Map<String, T> from, java.util.function.Supplier<Map<String, T>> existing,
                                      BiConsumer<String, T> add) {
        if (from == null) {
            return;
        }
        from.forEach((name, value) -> {
            Map<String, T> current = existing.get();
            if (current == null || !current.containsKey(name)) {
                add.accept(name, value);
            }
        });
    }

    private static Map<String, SecurityScheme> securitySchemes() {
        Map<String, SecurityScheme> schemes = new LinkedHashMap<>();
        schemes.put(BEARER, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("An RS256 access token from POST /oauth/token (or the configured OpenID Connect provider). "
                        + JWT_PRACTICES));
        OAuthFlow clientCredentials = OASFactory.createOAuthFlow().tokenUrl("/oauth/token").scopes(Map.of());
        OAuthFlows flows = OASFactory.createOAuthFlows().clientCredentials(clientCredentials);
        schemes.put(CLIENT_CREDENTIALS, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.OAUTH2).flows(flows)
                .description("The same bearer token, obtained in the console with a partner client's id and secret. "
                        + JWT_PRACTICES));
        return schemes;
    }

    /** Either way of presenting the one token satisfies every protected operation. */
    private static List<SecurityRequirement> requirements() {
        return List.of(OASFactory.createSecurityRequirement().addScheme(BEARER),
                OASFactory.createSecurityRequirement().addScheme(CLIENT_CREDENTIALS));
    }

    private static OpenAPI parse(ObjectNode tree, OpenApiConfig config) {
        try {
            return OpenApiParser.parse(new ByteArrayInputStream(JSON.writeValueAsBytes(tree)), Format.JSON, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void collision(String message) {
        LOG.warn("OpenAPI merge: " + message);
        collisions.add(message);
    }
}
