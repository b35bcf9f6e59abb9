package org.oas.migration.meetings.support.persistence;

/** Full text is kept in English and Spanish; other languages search the English text. */
public enum SearchLanguage {
    ENGLISH("english", "search_en"), SPANISH("spanish", "search_es");

    private final String config;
    private final String column;

    SearchLanguage(String config, String column) {
        this.config = config;
        this.column = column;
    }

    public static SearchLanguage of(String lang) {
        return "es".equals(lang) ? SPANISH : ENGLISH;
    }

    public String config() {
        return config;
    }

    public String column() {
        return column;
    }

    /** Words as written (symbols, names) or stemmed in this language; binds the query text twice. */
    public String tsquery() {
        return "(websearch_to_tsquery('simple', ?) || websearch_to_tsquery('" + config + "', ?))";
    }
}
