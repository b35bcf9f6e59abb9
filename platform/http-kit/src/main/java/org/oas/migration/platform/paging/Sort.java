package org.oas.migration.platform.paging;

import java.util.List;
import org.oas.migration.platform.problem.ApiException;

/**
 * A list's {@code sort} parameter: a field name, descending with a leading {@code -} ({@code sort=-start}). Each list
 * names the orderings it has; anything else is a 400 naming {@code sort} and listing them. The order stays keyset:
 * the list maps the field to a key expression of its {@code KeysetOrder}, and the cursor names the ordering.
 */
public record Sort(String field, boolean descending) {

    public static final String PARAMETER = "sort";

    /** Null when the parameter is absent or blank (the list's own order). */
    public static Sort parse(String value, List<String> accepted) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        if (!accepted.contains(text)) {
            throw ApiException.invalid(PARAMETER, "unknown ordering '" + text + "'; one of " + String.join(", ", accepted));
        }
        return text.startsWith("-") ? new Sort(text.substring(1), true) : new Sort(text, false);
    }

    /** As the parameter is written. */
    public String value() {
        return (descending ? "-" : "") + field;
    }
}
