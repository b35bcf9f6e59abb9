package org.oas.migration.programs.imports.persistence;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.oas.migration.platform.problem.ApiException;

/** What happened to one line of an import. */
public enum LineOutcome {
    CREATED, UPDATED, UNCHANGED, REJECTED;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A query parameter value; a 400 naming {@code outcome} otherwise. */
    public static LineOutcome fromValue(String value) {
        for (LineOutcome outcome : values()) {
            if (outcome.value().equals(value)) {
                return outcome;
            }
        }
        throw ApiException.invalid("outcome", "must be one of "
                + Arrays.stream(values()).map(LineOutcome::value).collect(Collectors.joining(", ")));
    }
}
