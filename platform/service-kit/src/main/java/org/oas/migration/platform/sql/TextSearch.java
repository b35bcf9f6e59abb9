package org.oas.migration.platform.sql;

import org.oas.migration.platform.http.Languages;

/**
 * Full-text query SQL: the words as written (names, acronyms, any language) or stemmed in the request's
 * language, so "OIM" and "migraciones" both find IOM when searching in Spanish.
 */
public final class TextSearch {

    private TextSearch() {
    }

    /** A tsquery expression binding the query text twice (two {@code ?}). */
    public static String tsquery(String language) {
        return "(websearch_to_tsquery('simple', ?) || websearch_to_tsquery('" + Languages.textSearchConfig(language) + "', ?))";
    }

    /** Sort expression for a language map column: the language asked for first, then the others. */
    public static String nameSortKey(String column, String language) {
        StringBuilder key = new StringBuilder("lower(coalesce(").append(column).append(" ->> '").append(language).append('\'');
        for (String other : new String[] {"en", "es", "fr", "pt"}) {
            if (!other.equals(language)) {
                key.append(", ").append(column).append(" ->> '").append(other).append('\'');
            }
        }
        return key.append("))").toString();
    }
}
