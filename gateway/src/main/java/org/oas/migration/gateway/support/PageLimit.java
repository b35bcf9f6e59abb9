package org.oas.migration.gateway.support;

import org.oas.migration.platform.problem.ApiException;

/** `limit` as the conventions define it: a default, a maximum, and a 400 (not a silent clamp) beyond it. */
public final class PageLimit {

    private PageLimit() {
    }

    public static int parse(String text, int defaultLimit, int max) {
        if (text == null || text.isBlank()) {
            return defaultLimit;
        }
        try {
            int limit = Integer.parseInt(text.trim());
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // falls through to the problem below
        }
        throw ApiException.invalid("limit", "must be a whole number from 1 to " + max);
    }
}
