package org.oas.migration.meetings.support.persistence;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.oas.migration.platform.problem.ApiException;

/** {@code dateFrom} / {@code dateTo} filters (inclusive, YYYY-MM-DD). */
public record DateRange(LocalDate from, LocalDate to) {

    public static DateRange of(String from, String to) {
        DateRange range = new DateRange(parse("dateFrom", from), parse("dateTo", to));
        if (range.from != null && range.to != null && range.to.isBefore(range.from)) {
            throw ApiException.invalid("dateTo", "must not be before dateFrom");
        }
        return range;
    }

    private static LocalDate parse(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(name, "must be a date such as 2013-05-10");
        }
    }
}
