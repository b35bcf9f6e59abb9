package org.oas.migration.programs.activity.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.oas.migration.programs.support.Vocabulary;

/** How an organization takes part in an activity (after IATI's organisation roles). */
public enum ParticipationRole {
    FUNDING, IMPLEMENTING, PARTNER, ACCOUNTABLE;

    @JsonValue
    public String value() {
        return Vocabulary.value(this);
    }

    @JsonCreator
    public static ParticipationRole fromValue(String value) {
        return Vocabulary.parse(ParticipationRole.class, "role", value);
    }
}
