package org.oas.migration.meetings.symbol;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OAS resolution symbol such as {@code AG/RES. 2248 (XXXVI-O/06)}: series (the adopting body's prefix), number,
 * session (Roman numeral, O for regular or E for special) and year. Parsing tolerates spacing, case and the
 * missing dot; {@link #canonical()} is the printed form.
 */
public record ResolutionSymbol(String series, int number, int session, SessionType sessionType, int year) {

    private static final Pattern FORM = Pattern.compile(
            "^([A-Z]+(?:\\s*/\\s*[A-Z]+)*)\\s*/\\s*RES\\.?\\s*(\\d{1,5})\\s*\\(\\s*([IVXLCDM]+)\\s*-\\s*([OE])\\s*/\\s*(\\d{2})\\s*\\)$");

    public enum SessionType { REGULAR, SPECIAL }

    public static Optional<ResolutionSymbol> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text.trim().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        int session = RomanNumerals.parse(m.group(3));
        if (session < 0) {
            return Optional.empty();
        }
        int yy = Integer.parseInt(m.group(5));
        return Optional.of(new ResolutionSymbol(m.group(1).replaceAll("\\s+", ""), Integer.parseInt(m.group(2)), session,
                "O".equals(m.group(4)) ? SessionType.REGULAR : SessionType.SPECIAL, yy >= 48 ? 1900 + yy : 2000 + yy));
    }

    public String canonical() {
        return series + "/RES. " + number + " (" + RomanNumerals.format(session) + "-" + (sessionType == SessionType.REGULAR ? "O" : "E")
                + "/" + String.format("%02d", year % 100) + ")";
    }

    public String key() {
        return SymbolKey.of(canonical());
    }

    public static final String FORMAT_HELP = "must be a resolution symbol such as AG/RES. 2248 (XXXVI-O/06): "
            + "series/RES. number (session in Roman numerals-O or E/two-digit year)";
}
