package org.oas.migration.meetings.symbol;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document symbol such as {@code CP/OD-1592/07 rev. 1}, {@code CP/INF. 5488/07}, {@code CE/AM/INF.32/08}
 * or {@code CIDI/CAM/doc.5/13}: series, number, two-digit year, and optional revision, corrigendum and addendum. The year
 * is optional: OAS symbols carry one, those of the other bodies the committees follow often do not (ECLAC's
 * {@code LC/L.2706} and {@code LC/CAR/L.139}, the Andean Community's {@code SG/Proposal 154 rev. 1}).
 */
public record DocumentSymbol(String canonical, String series, int number, Integer year, Integer revision, Integer corrigendum,
                             Integer addendum) {

    private static final Pattern FORM = Pattern.compile(
            "^(?<series>[A-Za-z][A-Za-z.]*(?:\\s*/\\s*[A-Za-z][A-Za-z.]*)*)[\\s.-]*(?<number>\\d{1,6})(?:\\s*/\\s*(?<yy>\\d{2}))?"
                    + "(?:\\s*,?\\s*rev\\.?\\s*(?<rev>\\d{1,3}))?(?:\\s*,?\\s*corr\\.?\\s*(?<corr>\\d{1,3}))?"
                    + "(?:\\s*,?\\s*add\\.?\\s*(?<add>\\d{1,3}))?$",
            Pattern.CASE_INSENSITIVE);

    public static Optional<DocumentSymbol> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = text.trim().replaceAll("\\s+", " ");
        Matcher m = FORM.matcher(compact);
        if (!m.matches() || !m.group("series").contains("/")) {
            return Optional.empty();
        }
        Integer year = m.group("yy") == null ? null : century(Integer.parseInt(m.group("yy")));
        return Optional.of(new DocumentSymbol(canonicalForm(compact), m.group("series").replaceAll("\\s+", "").replaceAll("\\.$", ""),
                Integer.parseInt(m.group("number")), year,
                number(m.group("rev")), number(m.group("corr")), number(m.group("add"))));
    }

    public String key() {
        return SymbolKey.of(canonical);
    }

    /** As printed, with single spaces and the suffixes written "rev. 1", "corr. 1", "add. 1". */
    private static String canonicalForm(String compact) {
        return compact.replaceAll("(?i)\\s*,?\\s*\\b(rev|corr|add)\\.?\\s*(\\d+)", " $1. $2");
    }

    private static int century(int yy) {
        return yy >= 48 ? 1900 + yy : 2000 + yy;
    }

    private static Integer number(String group) {
        return group == null ? null : Integer.valueOf(group);
    }

    public static final String FORMAT_HELP = "must be a document symbol such as CP/OD-1592/07 rev. 1, CIDI/CAM/doc.5/13 or LC/L.2706: "
            + "series/number, then /two-digit year where the symbol has one, optionally rev., corr. or add.";
}
