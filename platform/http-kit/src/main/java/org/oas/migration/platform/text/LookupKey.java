package org.oas.migration.platform.text;

import java.util.Locale;

/**
 * The lookup form of a natural key such as a document symbol: upper case, letters and digits only, so spacing,
 * case and punctuation do not matter ({@code cp/inf.5488/07} and {@code CP/INF. 5488/07} meet).
 */
public final class LookupKey {

    private LookupKey() {
    }

    public static String of(String text) {
        StringBuilder key = new StringBuilder(text.length());
        for (char c : text.toUpperCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                key.append(c);
            }
        }
        return key.toString();
    }
}
