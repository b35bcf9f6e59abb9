package org.oas.migration.platform.json;

/** Whether text can be stored and read back unchanged: no NUL, no unpaired UTF-16 surrogate. */
public final class StorableText {

    private StorableText() {
    }

    /** Null when the text is fine, else what is wrong with it, in words for a client. */
    public static String problemOf(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return "must not contain the NUL character (U+0000)";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must not contain an unpaired surrogate (\\u" + Integer.toHexString(c) + "): not a character";
            }
        }
        return null;
    }
}
