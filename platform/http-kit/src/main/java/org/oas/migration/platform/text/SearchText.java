package org.oas.migration.platform.text;

import java.text.Normalizer;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one home of search-text normalisation: what a resource is indexed by and what a query asks for both go through
 * {@link #normalise}, so they meet whatever quotes, dashes, accents or case either was written with.
 *
 * <p>PostgreSQL runs without a locale here (and its text parser then takes every non-ASCII character for a letter), so
 * {@code “Puebla} would be one word and {@code migración} would not meet {@code migracion}: the text is folded before
 * PostgreSQL sees it. Typographic quotes become ASCII quotes (a quoted query is a phrase), dashes become spaces,
 * accents are dropped and letters are lower-cased.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SearchText() {
    }

    /** The searchable text in one language from language maps, normalised. */
    public static String of(String language, Stream<Map<String, String>> texts) {
        return normalise(texts.filter(Objects::nonNull).map(text -> text.get(language)).filter(Objects::nonNull)
                .collect(Collectors.joining("\n")));
    }

    /** What a cited symbol is found by: as written and as its lookup form, so any spacing or case of it meets it. */
    public static String symbol(String symbol) {
        return normalise(symbol) + " " + LookupKey.of(symbol).toLowerCase(java.util.Locale.ROOT);
    }

    /** Text (an indexed text or a query) folded as described above; null stays null. */
    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            folded.append(switch (c) {
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2039', '\u203A', '\u2033', '\u301D', '\u301E', '\uFF02' -> '"';
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4', '\u0060' -> '\'';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D' -> ' ';
                case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A', '\u2002', '\u2003' -> ' ';
                case '\u2026' -> ' ';
                case '\u00BF', '\u00A1' -> ' ';
                default -> c;
            });
        }
        String decomposed = Normalizer.normalize(folded, Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(java.util.Locale.ROOT);
    }
}
