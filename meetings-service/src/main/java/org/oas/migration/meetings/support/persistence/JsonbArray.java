package org.oas.migration.meetings.support.persistence;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * {@code ["value"]}: the jsonb containment ({@code @>}) argument matching an array of strings that holds the value.
 * The sibling of the platform's {@code Jsonb.arrayWith}, which matches arrays of objects; to be lifted beside it.
 */
public final class JsonbArray {

    private JsonbArray() {
    }

    public static String holding(String value) {
        return value == null ? null : JsonNodeFactory.instance.arrayNode().add(value).toString();
    }
}
