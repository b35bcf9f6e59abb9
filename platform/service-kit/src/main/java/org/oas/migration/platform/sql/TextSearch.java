package org.oas.migration.platform.sql;

import org.oas.migration.platform.http.Languages;
import org.oas.migration.platform.text.SearchText;

/**
 * Full-text query SQL over vectors holding every language a record is written in (English and Spanish stems, names and
 * acronyms as written): the query, normalised as the indexed text was ({@link SearchText#normalise}), matches the
 * words as written, or stemmed in English, in Spanish or in the request's language, or its letters and digits run
 * together (a document symbol's lookup form, so {@code ce/am/inf. 32/08} meets {@code CE/AM/INF.32/08}). A record
 * ranks by whichever of these it matches best. So "OIM", "migraciones" and "migrations" all find IOM, with or without
 * {@code lang}.
 */
public final class TextSearch {

    private TextSearch() {
    }

    /** A tsquery expression binding the query text once (one {@code ?}): bind {@link #query(String)}. */
    public static String tsquery(String language) {
        String config = Languages.textSearchConfig(language);
        StringBuilder sql = new StringBuilder("(SELECT websearch_to_tsquery('simple', s.q) || websearch_to_tsquery('english', s.q)"
                + " || websearch_to_tsquery('spanish', s.q)");
        if (!config.equals("english") && !config.equals("spanish")) {
            sql.append(" || websearch_to_tsquery('").append(config).append("', s.q)");
        }
        return sql.append(" || plainto_tsquery('simple', regexp_replace(lower(s.q), '[^a-z0-9]+', '', 'g'))")
                .append(" FROM (SELECT cast(? AS text) AS q) s)").toString();
    }

    /** The value to bind to {@link #tsquery(String)}: the query text normalised as indexed text is. */
    public static String query(String q) {
        return SearchText.normalise(q);
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
