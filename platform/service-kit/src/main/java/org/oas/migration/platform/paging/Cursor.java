package org.oas.migration.platform.paging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.oas.migration.platform.problem.ApiException;

/**
 * Opaque keyset cursor: the sort key of the last item of a page, base64url encoded. Clients must treat it as
 * opaque; the encoding may change. Values are joined by a unit separator, which no sort key contains.
 */
public final class Cursor {

    private static final char SEPARATOR = '\u001f';
    private static final String VERSION = "c1";

    private Cursor() {
    }

    public static String encode(String... values) {
        StringBuilder raw = new StringBuilder(VERSION);
        for (String value : values) {
            raw.append(SEPARATOR).append(value == null ? "" : value);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The sort key values of a cursor made by {@link #encode}; a 400 naming {@code cursor} if it was not. */
    public static List<String> decode(String cursor, int arity) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> parts = split(raw);
            if (parts.size() != arity + 1 || !VERSION.equals(parts.get(0))) {
                throw invalid();
            }
            return parts.subList(1, parts.size());
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static List<String> split(String raw) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= raw.length(); i++) {
            if (i == raw.length() || raw.charAt(i) == SEPARATOR) {
                parts.add(raw.substring(start, i));
                start = i + 1;
            }
        }
        return parts;
    }

    private static ApiException invalid() {
        return ApiException.invalid("cursor", "not a cursor issued by this list; start again without it");
    }
}
