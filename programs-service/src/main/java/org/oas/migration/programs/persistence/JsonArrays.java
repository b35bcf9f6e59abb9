package org.oas.migration.programs.persistence;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/** {@code ["value"]}: the jsonb containment ({@code @>}) argument matching an array of strings that holds the value. */
public final class JsonArrays {

    private JsonArrays() {
    }

    public static String of(String value) {
        return "[\"" + new String(JsonStringEncoder.getInstance().quoteAsString(value)) + "\"]";
    }
}
