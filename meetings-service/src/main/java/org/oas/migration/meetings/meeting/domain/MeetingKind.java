package org.oas.migration.meetings.meeting.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import org.oas.migration.platform.problem.ApiException;

public enum MeetingKind {
    REGULAR, SPECIAL, INFORMAL, WORKING_GROUP, COURSE, WORKSHOP, FORUM;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static MeetingKind fromValue(String value) {
        return Arrays.stream(values()).filter(k -> k.value().equals(value)).findFirst().orElseThrow(() -> ApiException.invalid("kind",
                "unknown kind '" + value + "'; one of regular, special, informal, working-group, course, workshop, forum"));
    }
}
