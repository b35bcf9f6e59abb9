package org.oas.migration.meetings.document.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.oas.migration.platform.problem.ApiException;

/** What a document is (JSON values in kebab-case). */
public enum DocumentKind {
    AGENDA, ORDER_OF_BUSINESS, NOTE, CONCEPT_PAPER, REPORT, MINUTES, DRAFT_RESOLUTION, INFORMATION_DOCUMENT, WORK_PLAN,
    PRESENTATION, OTHER;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static DocumentKind fromValue(String value) {
        return Arrays.stream(values()).filter(k -> k.value().equals(value)).findFirst()
                .orElseThrow(() -> ApiException.invalid("kind", "unknown kind '" + value + "'; one of "
                        + Arrays.stream(values()).map(DocumentKind::value).collect(Collectors.joining(", "))));
    }
}
