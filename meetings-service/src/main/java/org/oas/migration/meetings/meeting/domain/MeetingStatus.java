package org.oas.migration.meetings.meeting.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import org.oas.migration.platform.problem.ApiException;

public enum MeetingStatus {
    SCHEDULED, HELD, POSTPONED, CANCELLED;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static MeetingStatus fromValue(String value) {
        return Arrays.stream(values()).filter(s -> s.value().equals(value)).findFirst().orElseThrow(() -> ApiException.invalid("status",
                "unknown status '" + value + "'; one of scheduled, held, postponed, cancelled"));
    }
}
