package org.oas.migration.platform.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.oas.migration.platform.patch.JsonMergePatch;

/**
 * The body of a JSON Merge Patch, said for what it is: a PATCH method declares its body as
 * {@code @RequestBody(content = @Content(mediaType = JsonMergePatch.MEDIA_TYPE, schema = @Schema(ref = "ActivityInputPatch")))}
 * (its Java parameter is a {@code JsonNode}), and this step writes the {@code ActivityInputPatch} schema from the
 * write body {@code ActivityInput}: the same members, none required; an optional member may be {@code null} (it
 * removes the member), a required one may not (it cannot be removed). A generated client gets a typed patch model
 * that sends only the members set.
 */
final class MergePatchBodies {

    /** The suffix naming a merge-patch schema after the write body it patches. */
    static final String SUFFIX = "Patch";
    private static final String REF_PREFIX = "#/components/schemas/";

    private MergePatchBodies() {
    }

    static void addTo(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Set<String> patched = new TreeSet<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
                return;
            }
            MediaType media = operation.getRequestBody().getContent().getMediaType(JsonMergePatch.MEDIA_TYPE);
            String ref = media == null || media.getSchema() == null ? null : media.getSchema().getRef();
            if (ref != null && ref.startsWith(REF_PREFIX) && ref.endsWith(SUFFIX)) {
                patched.add(ref.substring(REF_PREFIX.length(), ref.length() - SUFFIX.length()));
            }
        }));
        Components components = openAPI.getComponents();
        for (String name : patched) {
            Schema body = components == null || components.getSchemas() == null ? null : components.getSchemas().get(name);
            if (body == null || body.getProperties() == null) {
                throw new IllegalStateException("A PATCH body names " + name + SUFFIX + ", but there is no " + name
                        + " schema with properties to derive it from");
            }
            components.addSchema(name + SUFFIX, patchOf(name, body));
        }
    }

    private static Schema patchOf(String name, Schema body) {
        List<String> required = body.getRequired() == null ? List.of() : body.getRequired();
        Map<String, Schema> properties = new LinkedHashMap<>();
        body.getProperties().forEach((member, schema) -> properties.put(member, required.contains(member) ? schema
                : OASFactory.createSchema().anyOf(List.of(schema, OASFactory.createSchema().type(List.of(SchemaType.NULL))))
                        .description(schema.getDescription())));
        Schema patch = OASFactory.createSchema().type(List.of(SchemaType.OBJECT)).properties(properties)
                .description("A JSON Merge Patch (RFC 7396) of " + name + ": only the members sent change; null removes an "
                        + "optional member (a required one cannot be removed); an object merges member by member, an array "
                        + "is replaced whole. The result must be a valid " + name + ".");
        if (body.getAdditionalPropertiesBoolean() != null) {
            patch.setAdditionalPropertiesBoolean(body.getAdditionalPropertiesBoolean());
        }
        return patch;
    }
}
