package org.oas.migration.meetings.support.persistence;

/**
 * Full text is kept in English and Spanish (both in one vector, searched together: {@link org.oas.migration.platform.sql.TextSearch});
 * the language picks which text a match's fragment is cut from first. Other languages show the English text.
 */
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

    /** The other language a record's text is kept in. */
    public SearchLanguage other() {
        return this == ENGLISH ? SPANISH : ENGLISH;
    }
}
