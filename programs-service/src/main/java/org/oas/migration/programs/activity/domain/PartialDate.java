package org.oas.migration.programs.activity.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * An ISO 8601 calendar date at year, month or day precision ("2008", "2008-01", "2008-01-15"), as partners know
 * their dates ("January – December 2008"). It covers a period: from its first to its last day.
 */
public record PartialDate(String value, Precision precision, LocalDate first, LocalDate last) {

    public enum Precision { YEAR, MONTH, DAY }

    public static final String PATTERN = "\\d{4}(-\\d{2}(-\\d{2})?)?";

    public static Optional<PartialDate> parse(String value) {
        if (value == null || !value.matches(PATTERN)) {
            return Optional.empty();
        }
        try {
            return Optional.of(switch (value.length()) {
                case 4 -> new PartialDate(value, Precision.YEAR, LocalDate.of(Integer.parseInt(value), 1, 1),
                        LocalDate.of(Integer.parseInt(value), 12, 31));
                case 7 -> {
                    YearMonth month = YearMonth.parse(value);
                    yield new PartialDate(value, Precision.MONTH, month.atDay(1), month.atEndOfMonth());
                }
                default -> {
                    LocalDate day = LocalDate.parse(value);
                    yield new PartialDate(value, Precision.DAY, day, day);
                }
            });
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
