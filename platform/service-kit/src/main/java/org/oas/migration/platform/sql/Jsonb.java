package org.oas.migration.platform.sql;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/** jsonb containment ({@code @>}) arguments, for filters over jsonb arrays of objects. */
public final class Jsonb {

    private Jsonb() {
    }

    /** {@code [{"scheme": ..., "value": ...}]}: matches a resource carrying this external identifier. */
    public static String identifier(String scheme, String value) {
        return "[{\"scheme\":" + quote(scheme) + ",\"value\":" + quote(value) + "}]";
    }

    /** {@code [{"field": "value"}]}: matches an array holding an object with this member. */
    public static String arrayWith(String field, String value) {
        return "[{" + quote(field) + ":" + quote(value) + "}]";
    }

    private static String quote(String text) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
    }
}
