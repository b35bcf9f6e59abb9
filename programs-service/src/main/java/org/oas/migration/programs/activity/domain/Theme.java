package org.oas.migration.programs.activity.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.oas.migration.programs.support.Vocabulary;

/**
 * The themes of migration work, drawn from the seed report's matrix and the IOM good practices. Stored as the
 * kebab-case value in a jsonb array (no SQL check), so a new constant needs no migration.
 */
public enum Theme {
    MIGRATION_AND_DEVELOPMENT, REMITTANCES, HUMAN_RIGHTS, LABOUR_MIGRATION, HEALTH, GENDER, CHILDREN,
    TRAFFICKING_AND_SMUGGLING, BORDER_MANAGEMENT, STATISTICS_AND_DATA, EDUCATION, REFUGEES_AND_DISPLACEMENT,
    MIGRATION_POLICY, INTEGRATION, RETURN_AND_REINTEGRATION, CAPACITY_BUILDING, EMERGENCY_RESPONSE,
    /** Indigenous peoples (pueblos indígenas): IOM good practices and UN work naming them. */
    INDIGENOUS_PEOPLES,
    /** Diaspora and communities abroad (diáspora, comunidades en el exterior). */
    DIASPORA,
    /** Regional consultative processes on migration (procesos consultivos regionales): RCM, South American Conference. */
    REGIONAL_CONSULTATIVE_PROCESSES,
    /** Civil society participation (sociedad civil). */
    CIVIL_SOCIETY;

    /** How many themes there are: the most a list of them holds (ActivityInput and ProgramInput keep it). */
    public static final int COUNT = 21;

    static {
        if (values().length != COUNT) {
            throw new IllegalStateException("Theme.COUNT is " + COUNT + " but there are " + values().length + " themes");
        }
    }

    @JsonValue
    public String value() {
        return Vocabulary.value(this);
    }

    @JsonCreator
    public static Theme fromValue(String value) {
        return Vocabulary.parse(Theme.class, "themes", value);
    }
}
