package org.oas.migration.platform.paging;

import org.oas.migration.platform.problem.ApiException;

/**
 * A validated page request: how many items, and the cursor of the previous page (null for the first). The list's
 * {@link Keyset} decodes the cursor, since only it knows the key's parts.
 */
public record PageRequest(int limit, String cursor) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    /** @param limit the raw query parameter: a bad number is a 400 naming {@code limit}, not a 404 */
    public static PageRequest of(String limit, String cursor) {
        int size = parse(limit);
        if (size < 1 || size > MAX_LIMIT) {
            throw ApiException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return new PageRequest(size, cursor == null || cursor.isBlank() ? null : cursor.trim());
    }

    private static int parse(String limit) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            return Integer.parseInt(limit.trim());
        } catch (NumberFormatException e) {
            throw ApiException.invalid("limit", "must be a whole number between 1 and " + MAX_LIMIT);
        }
    }

    public boolean isFirst() {
        return cursor == null;
    }

    /** Repositories fetch one row more than asked to know whether a next page exists. */
    public int fetchSize() {
        return limit + 1;
    }
}
