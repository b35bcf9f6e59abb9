package org.oas.migration.programs.activity.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.oas.migration.programs.support.Vocabulary;

/** The themes of migration work, drawn from the seed report's matrix and the IOM good practices. */
public enum Theme {
    MIGRATION_AND_DEVELOPMENT, REMITTANCES, HUMAN_RIGHTS, LABOUR_MIGRATION, HEALTH, GENDER, CHILDREN,
    TRAFFICKING_AND_SMUGGLING, BORDER_MANAGEMENT, STATISTICS_AND_DATA, EDUCATION, REFUGEES_AND_DISPLACEMENT,
    MIGRATION_POLICY, INTEGRATION, RETURN_AND_REINTEGRATION, CAPACITY_BUILDING, EMERGENCY_RESPONSE;

    @JsonValue
    public String value() {
        return Vocabulary.value(this);
    }

    @JsonCreator
    public static Theme fromValue(String value) {
        return Vocabulary.parse(Theme.class, "themes", value);
    }
}
