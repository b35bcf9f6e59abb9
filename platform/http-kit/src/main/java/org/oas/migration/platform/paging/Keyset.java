package org.oas.migration.platform.paging;

import java.util.List;

/**
 * The sort key of one list ordering: a name and the types of its parts. The only way a list reads or writes a
 * cursor: {@link #after} decodes and validates one, {@link #cursor} makes the next. The name travels in the
 * cursor, so a cursor of one ordering (by relevance, say) is refused by another (by name) instead of misread.
 */
public record Keyset(String name, List<KeyType> types) {

    public Keyset {
        types = List.copyOf(types);
    }

    public static Keyset of(String name, KeyType... types) {
        return new Keyset(name, List.of(types));
    }

    /** The typed key values of the request's cursor; empty on the first page; a 400 naming {@code cursor} if forged. */
    public List<Object> after(PageRequest page) {
        return page.cursor() == null ? List.of() : decode(page.cursor());
    }

    /** The typed key values of a cursor of this keyset (a feed position, say); a 400 naming {@code cursor} if forged. */
    public List<Object> decode(String cursor) {
        return Cursor.decode(cursor.trim(), this);
    }

    /** The cursor that continues after a row with these key values (one per part, in order). */
    public String cursor(Object... values) {
        if (values.length != types.size()) {
            throw new IllegalArgumentException(name + " has " + types.size() + " key parts, got " + values.length);
        }
        return Cursor.encode(this, values);
    }
}
