package org.oas.migration.meetings.resolution.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import org.oas.migration.platform.problem.ApiException;

/** Where a resolution stands: a draft, under negotiation, agreed in committee, adopted, or withdrawn. */
public enum ResolutionStatus {
    DRAFT, UNDER_NEGOTIATION, AGREED, ADOPTED, WITHDRAWN;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static ResolutionStatus fromValue(String value) {
        return Arrays.stream(values()).filter(s -> s.value().equals(value)).findFirst()
                .orElseThrow(() -> ApiException.invalid("status", "unknown status '" + value
                        + "'; one of draft, under-negotiation, agreed, adopted, withdrawn"));
    }
}
