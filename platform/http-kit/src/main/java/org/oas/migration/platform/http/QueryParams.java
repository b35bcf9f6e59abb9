package org.oas.migration.platform.http;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.oas.migration.platform.text.Identifier;
import org.oas.migration.platform.problem.ApiException;

/** Typed query parameters with a 400 naming the parameter, instead of the framework's bare 404. */
public final class QueryParams {

    private QueryParams() {
    }

    /** An RFC 3339 date-time such as {@code 2026-01-31T12:00:00Z}. */
    public static OffsetDateTime dateTime(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        OffsetDateTime parsed;
        try {
            parsed = OffsetDateTime.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(name, "must be an RFC 3339 date-time such as 2026-01-31T12:00:00Z");
        }
        // RFC 3339 years have four digits; java.time reads +999999999, which no database column holds.
        if (parsed.getYear() < 1 || parsed.getYear() > 9999) {
            throw ApiException.invalid(name, "must be an RFC 3339 date-time such as 2026-01-31T12:00:00Z (years 0001 to 9999)");
        }
        return parsed;
    }

    /** An external identifier filter written {@code scheme:value}, e.g. {@code iati-org-id:XM-DAC-47066}. */
    public static Identifier identifier(String name, String value) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw ApiException.invalid(name, "must be scheme:value, such as iati-org-id:XM-DAC-47066");
        }
        return new Identifier(text.substring(0, colon), text.substring(colon + 1));
    }

    /** true, false, or null when absent; anything else is a 400 naming the parameter. */
    public static Boolean bool(String name, String value) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        if (!text.equals("true") && !text.equals("false")) {
            throw ApiException.invalid(name, "must be true or false");
        }
        return Boolean.valueOf(text);
    }

    /** A UUID, or a 400 naming the parameter. */
    public static java.util.UUID uuid(String name, String value) {
        java.util.UUID id = org.oas.migration.platform.ids.UuidV7.parseOrNull(blankToNull(value));
        if (id == null) {
            throw ApiException.invalid(name, "must be an id (UUID)");
        }
        return id;
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
