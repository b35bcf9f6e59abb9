package org.oas.migration.meetings.symbol;

import org.oas.migration.platform.text.LookupKey;

/** The lookup key of a symbol: upper case, letters and digits only, so spacing, case and punctuation don't matter. */
public final class SymbolKey {

    private SymbolKey() {
    }

    public static String of(String symbol) {
        return LookupKey.of(symbol);
    }
}
