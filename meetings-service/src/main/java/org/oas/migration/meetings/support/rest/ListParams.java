package org.oas.migration.meetings.support.rest;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import java.util.function.Function;
import org.oas.migration.meetings.support.persistence.DateRange;
import org.oas.migration.meetings.support.persistence.DatedFilter;
import org.oas.migration.platform.http.Languages;
import org.oas.migration.platform.http.QueryParams;

/** List query parameters read into filter values: null when absent, a 400 naming the parameter when malformed. */
public final class ListParams {

    private ListParams() {
    }

    public static DatedFilter filter(String q, String lang, HttpHeaders headers, String dateFrom, String dateTo, String updatedSince) {
        return new DatedFilter(QueryParams.blankToNull(q), Languages.resolve(lang, headers), DateRange.of(dateFrom, dateTo),
                QueryParams.dateTime("updatedSince", updatedSince));
    }

    /** The trimmed value read by {@code reader} (which may answer a 400 naming the parameter), or null when absent. */
    public static <T> T read(String value, Function<String, T> reader) {
        String text = QueryParams.blankToNull(value);
        return text == null ? null : reader.apply(text);
    }

    /** Trimmed and upper-cased, or null when absent (country codes, symbol series). */
    public static String upper(String value) {
        String text = QueryParams.blankToNull(value);
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }
}
