package org.oas.migration.platform.paging;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.oas.migration.platform.problem.ApiException;

/**
 * The cursor format of every list: base64url of a version, the {@link Keyset}'s name and the key values of the
 * last item, joined by a unit separator (refused inside any value). Clients treat it as opaque. No signature:
 * values are typed and bound as query parameters, so a forged cursor can only skip to another position of the
 * same list, which anyone may read anyway.
 */
final class Cursor {

    private static final char SEPARATOR = '\u001f';
    private static final String VERSION = "c2";

    private Cursor() {
    }

    static String encode(Keyset keyset, Object... values) {
        StringBuilder raw = new StringBuilder(VERSION).append(SEPARATOR).append(keyset.name());
        for (Object value : values) {
            raw.append(SEPARATOR).append(KeyType.format(value));
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.toString().getBytes(StandardCharsets.UTF_8));
    }

    static List<Object> decode(String cursor, Keyset keyset) {
        try {
            List<String> parts = split(strictUtf8(Base64.getUrlDecoder().decode(cursor)));
            if (parts.size() != keyset.types().size() + 2 || !VERSION.equals(parts.get(0)) || !keyset.name().equals(parts.get(1))) {
                throw invalid();
            }
            List<Object> values = new ArrayList<>(keyset.types().size());
            for (int i = 0; i < keyset.types().size(); i++) {
                values.add(keyset.types().get(i).parse(parts.get(i + 2)));
            }
            return List.copyOf(values);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    /** Malformed UTF-8 is refused, not replaced: a cursor we made never has any. */
    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("not UTF-8", e);
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
