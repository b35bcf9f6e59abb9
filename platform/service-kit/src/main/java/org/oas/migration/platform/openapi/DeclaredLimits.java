package org.oas.migration.platform.openapi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.Collections;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.oas.migration.platform.text.LanguageMap;

/**
 * The bounds every service keeps by construction, said once for the whole document rather than on each record
 * (the OWASP API rules want every string, array and integer of a document bounded):
 *
 * <ul>
 *   <li><b>Language maps</b> ({@code {"en": "...", "es": "..."}}, an object whose {@code additionalProperties} is a
 *       string): at most the four official languages, each text non-blank and at most {@link LanguageMap#maxLength()}'s
 *       ceiling (20,000) characters, as {@code @LanguageMap} checks on every input (a record's own, lower limit is its
 *       {@code @LanguageMap(maxLength = ...)}: the document gives the ceiling, which the server keeps too).</li>
 *   <li><b>Integers</b> without bounds: the range of their format (int32 or int64, the Java {@code int} or
 *       {@code long} that holds them; int64 where the format is missing).</li>
 * </ul>
 */
final class DeclaredLimits {

    /** The @LanguageMap ceiling (its default maxLength). */
    static final int LANGUAGE_TEXT_MAX = languageTextMax();
    private static final int OFFICIAL_LANGUAGES = 4;

    private DeclaredLimits() {
    }

    static void addTo(OpenAPI openAPI) {
        Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Schema> roots = new ArrayList<>();
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            roots.addAll(openAPI.getComponents().getSchemas().values());
        }
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> {
                if (item.getOperations() == null) {
                    return;
                }
                item.getOperations().values().forEach(operation -> {
                    if (operation.getParameters() != null) {
                        operation.getParameters().forEach(p -> add(roots, p.getSchema()));
                    }
                    if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                            && operation.getRequestBody().getContent().getMediaTypes() != null) {
                        operation.getRequestBody().getContent().getMediaTypes().values().forEach(m -> add(roots, m.getSchema()));
                    }
                    if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                        operation.getResponses().getAPIResponses().values().forEach(r -> {
                            if (r.getContent() != null && r.getContent().getMediaTypes() != null) {
                                r.getContent().getMediaTypes().values().forEach(m -> add(roots, m.getSchema()));
                            }
                        });
                    }
                });
            });
        }
        roots.forEach(schema -> visit(schema, seen));
    }

    private static void add(List<Schema> roots, Schema schema) {
        if (schema != null) {
            roots.add(schema);
        }
    }

    private static void visit(Schema schema, Set<Schema> seen) {
        if (schema == null || schema.getRef() != null || !seen.add(schema)) {
            return;
        }
        languageMap(schema);
        integer(schema);
        children(schema).forEach(child -> visit(child, seen));
    }

    private static void languageMap(Schema schema) {
        Schema text = schema.getAdditionalPropertiesSchema();
        if (text == null || !is(text, SchemaType.STRING) || text.getMaxLength() != null || text.getEnumeration() != null) {
            return;
        }
        text.setMaxLength(LANGUAGE_TEXT_MAX);
        if (text.getPattern() == null) {
            text.setPattern("\\S");
        }
        if (schema.getMaxProperties() == null) {
            schema.setMaxProperties(OFFICIAL_LANGUAGES);
        }
    }

    private static void integer(Schema schema) {
        if (!is(schema, SchemaType.INTEGER)) {
            return;
        }
        boolean int32 = "int32".equals(schema.getFormat());
        if (schema.getFormat() == null) {
            schema.setFormat("int64");
        }
        if (schema.getMinimum() == null && schema.getExclusiveMinimum() == null) {
            schema.setMinimum(BigDecimal.valueOf(int32 ? Integer.MIN_VALUE : Long.MIN_VALUE));
        }
        if (schema.getMaximum() == null && schema.getExclusiveMaximum() == null) {
            schema.setMaximum(BigDecimal.valueOf(int32 ? Integer.MAX_VALUE : Long.MAX_VALUE));
        }
    }

    private static boolean is(Schema schema, SchemaType type) {
        return schema.getType() != null && schema.getType().contains(type);
    }

    private static List<Schema> children(Schema schema) {
        List<Schema> children = new ArrayList<>();
        if (schema.getProperties() != null) {
            children.addAll(schema.getProperties().values());
        }
        if (schema.getItems() != null) {
            children.add(schema.getItems());
        }
        if (schema.getAdditionalPropertiesSchema() != null) {
            children.add(schema.getAdditionalPropertiesSchema());
        }
        addAll(children, schema.getAllOf());
        addAll(children, schema.getAnyOf());
        addAll(children, schema.getOneOf());
        return children;
    }

    private static void addAll(List<Schema> into, Collection<Schema> schemas) {
        if (schemas != null) {
            into.addAll(schemas);
        }
    }

    private static int languageTextMax() {
        try {
            return (int) LanguageMap.class.getMethod("maxLength").getDefaultValue();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
