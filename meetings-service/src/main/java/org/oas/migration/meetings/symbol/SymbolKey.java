package org.oas.migration.meetings.symbol;

import java.util.Locale;

/** The lookup key of a symbol: upper case, letters and digits only, so spacing, case and punctuation don't matter. */
public final class SymbolKey {

    private SymbolKey() {
    }

    public static String of(String symbol) {
        StringBuilder key = new StringBuilder(symbol.length());
        for (char c : symbol.toUpperCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                key.append(c);
            }
        }
        return key.toString();
    }
}
