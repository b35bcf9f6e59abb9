package org.oas.migration.platform.openapi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 *   <li><b>Dates, times and UUIDs</b> without a maxLength (the schema's or the one it refers to): the longest text
 *       Java reads and writes in that format ({@code LocalDate.MAX}, {@code OffsetDateTime.MAX} with nanoseconds and
 *       an offset in seconds, a UUID's 36 characters); {@code StrictJsonInput} reads them strictly, so nothing longer
 *       is accepted.</li>
 *   <li><b>A choice of words</b> ({@code @Pattern(regexp = "en|es|fr|pt")}, which Bean Validation matches against the
 *       whole value) without a maxLength: the longest word.</li>
 *   <li><b>Text</b> with neither format, pattern nor enum: no U+0000. Every JSON string the services read
 *       ({@code StrictJsonInput}), every path and query parameter ({@code StorableParameters}) refuses it, a header
 *       carrying a control character is refused by the HTTP layer, and PostgreSQL cannot store it, so no answer
 *       contains it either. The one thing said about free text; a field with a shape of its own declares it.</li>
 *   <li><b>Answers in another media type</b> than JSON (an Akoma Ntoso or IATI XML document, a whole export): their
 *       schema keeps its description (which names the XML schema they follow) without {@code type: string}. JSON
 *       Schema describes their bytes only as a string, and the only bound on that string would be invented: an export
 *       is as long as the data.</li>
 * </ul>
 */
final class DeclaredLimits {

    /** The @LanguageMap ceiling (its default maxLength). */
    static final int LANGUAGE_TEXT_MAX = languageTextMax();
    private static final int OFFICIAL_LANGUAGES = 4;
    /** Text without U+0000 (ECMA-262 and Java regex alike). */
    static final String NO_NUL = "^[^\\x00]*$";
    static final int DATE_MAX = "+999999999-12-31".length();
    static final int DATE_TIME_MAX = "+999999999-12-31T23:59:59.999999999+18:00:00".length();
    static final int UUID_MAX = 36;
    /** A pattern that is a choice of plain words ({@code en|es|fr|pt}, {@code ^(admin|partner)$}). */
    private static final Pattern ALTERNATIVES = Pattern.compile("\\^?\\(?([A-Za-z0-9_-]+(?:\\|[A-Za-z0-9_-]+)*)\\)?\\$?");

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
                                r.getContent().getMediaTypes().forEach((type, m) -> {
                                    untypedUnlessJson(type, m.getSchema());
                                    add(roots, m.getSchema());
                                });
                            }
                        });
                    }
                });
            });
        }
        Map<String, Schema> components = openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                ? Map.of() : openAPI.getComponents().getSchemas();
        roots.forEach(schema -> visit(schema, seen, components));
    }

    private static void untypedUnlessJson(String mediaType, Schema schema) {
        if (schema != null && schema.getRef() == null && !mediaType.contains("json") && is(schema, SchemaType.STRING)
                && schema.getMaxLength() == null) {
            schema.setType(null);
        }
    }

    private static void add(List<Schema> roots, Schema schema) {
        if (schema != null) {
            roots.add(schema);
        }
    }

    private static void visit(Schema schema, Set<Schema> seen, Map<String, Schema> components) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        if (schema.getRef() != null) {
            // SmallRye writes `type: string` next to a reference to LocalDate and the like: the sibling is bounded too.
            Schema target = components.get(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1));
            if (target != null && is(schema, SchemaType.STRING) && schema.getMaxLength() == null) {
                Integer max = target.getMaxLength() != null ? target.getMaxLength() : formatMax(target.getFormat());
                schema.setMaxLength(max);
            }
            return;
        }
        languageMap(schema);
        integer(schema);
        string(schema);
        children(schema).forEach(child -> visit(child, seen, components));
    }

    private static void string(Schema schema) {
        if (!is(schema, SchemaType.STRING) || schema.getEnumeration() != null) {
            return;
        }
        if (schema.getMaxLength() == null) {
            schema.setMaxLength(formatMax(schema.getFormat()));
        }
        if (schema.getMaxLength() == null && schema.getPattern() != null) {
            Matcher words = ALTERNATIVES.matcher(schema.getPattern());
            if (words.matches()) {
                // A Bean Validation @Pattern matches the whole value: "en|es|fr|pt" is one of those words.
                schema.setMaxLength(Arrays.stream(words.group(1).split("\\|")).mapToInt(String::length).max().orElseThrow());
            }
        }
        if (schema.getFormat() == null && schema.getPattern() == null) {
            schema.setPattern(NO_NUL);
        }
    }

    /** The longest text of a format Java reads strictly, or null. */
    private static Integer formatMax(String format) {
        if (format == null) {
            return null;
        }
        return switch (format) {
            case "date" -> DATE_MAX;
            case "date-time" -> DATE_TIME_MAX;
            case "uuid" -> UUID_MAX;
            default -> null;
        };
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
