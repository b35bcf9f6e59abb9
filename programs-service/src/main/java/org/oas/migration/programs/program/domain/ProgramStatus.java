package org.oas.migration.programs.program.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.oas.migration.programs.support.Vocabulary;

public enum ProgramStatus {
    PLANNED, ACTIVE, COMPLETED, DISCONTINUED;

    @JsonValue
    public String value() {
        return Vocabulary.value(this);
    }

    @JsonCreator
    public static ProgramStatus fromValue(String value) {
        return Vocabulary.parse(ProgramStatus.class, "status", value);
    }
}
