package org.oas.migration.programs.activity.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.oas.migration.programs.support.Vocabulary;

/** IATI activity status (codes 1 to 6). */
public enum ActivityStatus {
    PIPELINE, IMPLEMENTATION, FINALISATION, CLOSED, CANCELLED, SUSPENDED;

    @JsonValue
    public String value() {
        return Vocabulary.value(this);
    }

    @JsonCreator
    public static ActivityStatus fromValue(String value) {
        return Vocabulary.parse(ActivityStatus.class, "status", value);
    }
}
