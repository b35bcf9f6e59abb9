package org.oas.migration.meetings.symbol;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A resolution symbol. An OAS one such as {@code AG/RES. 2248 (XXXVI-O/06)} has a series (the adopting body's
 * prefix), number, session (Roman numeral, O for regular or E for special) and year. The other bodies whose resolutions
 * the committees cite write theirs otherwise, and each has its form here: ECLAC {@code 615 (XXXI)} (number and
 * session), the Andean Community {@code Decision 545}, PAHO's Directing Council {@code CD45 (D1)} (session and decision
 * number); their parts the symbol does not carry are null. Parsing tolerates spacing, case and the missing dot;
 * {@link #canonical()} is the printed form.
 */
public record ResolutionSymbol(String canonical, String series, int number, Integer session, SessionType sessionType,
                               Integer year) {

    private static final Pattern OAS = Pattern.compile(
            "^([A-Z]+(?:\\s*/\\s*[A-Z]+)*)\\s*/\\s*RES\\.?\\s*(\\d{1,5})\\s*\\(\\s*([IVXLCDM]+)\\s*-\\s*([OE])\\s*/\\s*(\\d{2})\\s*\\)$");
    private static final Pattern ECLAC = Pattern.compile("^(\\d{1,5})\\s*\\(\\s*([IVXLCDM]+)\\s*\\)$");
    private static final Pattern ANDEAN = Pattern.compile("^DECISI[OÓ]N\\s+(\\d{1,5})$");
    private static final Pattern PAHO = Pattern.compile("^CD\\s*(\\d{1,3})\\s*\\(\\s*D\\s*(\\d{1,3})\\s*\\)$");

    public enum SessionType { REGULAR, SPECIAL }

    public static Optional<ResolutionSymbol> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String upper = text.trim().toUpperCase(Locale.ROOT);
        Matcher m = OAS.matcher(upper);
        if (m.matches()) {
            int session = RomanNumerals.parse(m.group(3));
            if (session < 0) {
                return Optional.empty();
            }
            int yy = Integer.parseInt(m.group(5));
            String series = m.group(1).replaceAll("\\s+", "");
            int number = Integer.parseInt(m.group(2));
            SessionType type = "O".equals(m.group(4)) ? SessionType.REGULAR : SessionType.SPECIAL;
            String canonical = series + "/RES. " + number + " (" + RomanNumerals.format(session) + "-" + m.group(4) + "/"
                    + String.format("%02d", yy) + ")";
            return Optional.of(new ResolutionSymbol(canonical, series, number, session, type, yy >= 48 ? 1900 + yy : 2000 + yy));
        }
        return otherBody(upper);
    }

    private static Optional<ResolutionSymbol> otherBody(String upper) {
        Matcher eclac = ECLAC.matcher(upper);
        if (eclac.matches()) {
            int session = RomanNumerals.parse(eclac.group(2));
            int number = Integer.parseInt(eclac.group(1));
            return session < 0 ? Optional.empty() : Optional.of(new ResolutionSymbol(
                    number + " (" + RomanNumerals.format(session) + ")", null, number, session, null, null));
        }
        Matcher andean = ANDEAN.matcher(upper);
        if (andean.matches()) {
            int number = Integer.parseInt(andean.group(1));
            return Optional.of(new ResolutionSymbol("Decision " + number, "Decision", number, null, null, null));
        }
        Matcher paho = PAHO.matcher(upper);
        if (paho.matches()) {
            int session = Integer.parseInt(paho.group(1));
            int number = Integer.parseInt(paho.group(2));
            return Optional.of(new ResolutionSymbol("CD" + session + " (D" + number + ")", "CD", number, session, null, null));
        }
        return Optional.empty();
    }

    public String key() {
        return SymbolKey.of(canonical);
    }

    public static final String FORMAT_HELP = "must be a resolution symbol such as AG/RES. 2248 (XXXVI-O/06) "
            + "(series/RES. number (session in Roman numerals-O or E/two-digit year)), or another body's: "
            + "ECLAC 615 (XXXI), Andean Community Decision 545, PAHO CD45 (D1)";
}
