package org.oas.migration.platform.paging;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The type of one sort key in a cursor. Decoding checks the value is of its type before any query sees it, so a
 * hand-made cursor is a 400, never a failed query (a text with NUL, say, which PostgreSQL refuses).
 */
public enum KeyType {
    TEXT {
        @Override
        Object parse(String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == 0 || Character.isSurrogate(c) && !validPair(value, i)) {
                    throw new IllegalArgumentException("not text");
                }
                if (Character.isHighSurrogate(c)) {
                    i++;
                }
            }
            return value;
        }
    },
    UUID {
        private static final Pattern CANONICAL = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

        @Override
        Object parse(String value) {
            if (!CANONICAL.matcher(value).matches()) {
                throw new IllegalArgumentException("not a uuid");
            }
            return java.util.UUID.fromString(value);
        }
    },
    DATE {
        @Override
        Object parse(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("not a date", e);
            }
        }
    },
    /** A text-search rank (PostgreSQL {@code real}), exact in its shortest decimal form. */
    RANK {
        @Override
        Object parse(String value) {
            float rank = Float.parseFloat(value);
            if (!Float.isFinite(rank) || value.indexOf('x') >= 0 || value.indexOf('X') >= 0) {
                throw new IllegalArgumentException("not a rank");
            }
            return rank;
        }
    },
    LONG {
        @Override
        Object parse(String value) {
            return Long.parseLong(value);
        }
    };

    /** The typed value; {@link IllegalArgumentException} (number formats included) if it is not one. */
    abstract Object parse(String value);

    /** The text form a cursor carries. */
    static String format(Object value) {
        return value instanceof UUID uuid ? uuid.toString() : String.valueOf(value);
    }

    private static boolean validPair(String value, int i) {
        return Character.isHighSurrogate(value.charAt(i)) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
    }
}
