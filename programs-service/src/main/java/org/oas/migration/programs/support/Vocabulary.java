package org.oas.migration.programs.support;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.oas.migration.platform.problem.ApiException;

/** Enum constants on the wire as kebab-case words (IMPLEMENTATION -> implementation, LABOUR_MIGRATION -> labour-migration). */
public final class Vocabulary {

    private Vocabulary() {
    }

    public static String value(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant for a wire value, or a 400 naming the field and listing the vocabulary. */
    public static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> value(c).equals(value)).findFirst()
                .orElseThrow(() -> ApiException.invalid(field, "unknown value '" + value + "'; one of " + list(type)));
    }

    public static String list(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Vocabulary::value).collect(Collectors.joining(", "));
    }
}
