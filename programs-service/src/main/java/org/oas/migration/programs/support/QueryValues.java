package org.oas.migration.programs.support;

/** Query parameters as list filters take them. */
public final class QueryValues {

    private QueryValues() {
    }

    /** The trimmed value, or null when the parameter is absent or blank (then it does not narrow the list). */
    public static String given(String parameter) {
        return parameter == null || parameter.isBlank() ? null : parameter.trim();
    }
}
