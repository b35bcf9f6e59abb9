package org.oas.migration.meetings.support.persistence;

/**
 * One row of a list: the entity and, when searching, its best matching fragment, at most {@link #MATCH_MAX}
 * characters (ts_headline's 18 words are far shorter, unless a "word" is a very long run of characters).
 */
public record Listed<T>(T entity, String match) {

    public static final int MATCH_MAX = 1000;

    public Listed {
        if (match != null && match.length() > MATCH_MAX) {
            match = match.substring(0, Character.isHighSurrogate(match.charAt(MATCH_MAX - 1)) ? MATCH_MAX - 1 : MATCH_MAX);
        }
    }
}
