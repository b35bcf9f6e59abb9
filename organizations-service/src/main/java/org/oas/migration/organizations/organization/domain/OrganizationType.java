package org.oas.migration.organizations.organization.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.oas.migration.platform.problem.ApiException;

/** The documented vocabulary of organization types (JSON values in kebab-case). */
public enum OrganizationType {
    OAS_ORGAN("OAS organ: General Assembly, Permanent Council, CIDI, IACHR..."),
    OAS_COMMITTEE("A committee, special committee or working group of an OAS organ (CAJP, CEAM, CAM...)"),
    OAS_SECRETARIAT("The General Secretariat and its secretariats (SEDI, Summits Secretariat...)"),
    OAS_DEPARTMENT("A department or office inside an OAS secretariat (DSDL...)"),
    OAS_SPECIALIZED_ORGANIZATION("An OAS specialized organization (IIN, PAHO, IICA, PAIGH...)"),
    UN_ENTITY("A United Nations agency, fund, programme or regional commission (UNHCR, ILO, ECLAC...)"),
    INTERNATIONAL_ORGANIZATION("Another international organization (IOM, SEGIB, IDB...)"),
    REGIONAL_CONSULTATIVE_PROCESS("A regional consultative process on migration (RCM \"Puebla Process\"...)"),
    SUBREGIONAL_ORGANIZATION("A subregional organization (MERCOSUR, CARICOM, SICA...)"),
    NATIONAL_SOCIETY("A Red Cross or Red Crescent national society"),
    MEMBER_STATE("An OAS member state as an actor"),
    GOVERNMENT_AGENCY("A national ministry or agency"),
    CIVIL_SOCIETY("A civil society organization"),
    ACADEMIC_INSTITUTION("A university or research institute"),
    OTHER("Anything else");

    private final String description;

    OrganizationType(String description) {
        this.description = description;
    }

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String description() {
        return description;
    }

    @JsonCreator
    public static OrganizationType fromValue(String value) {
        return Arrays.stream(values()).filter(t -> t.value().equals(value)).findFirst()
                .orElseThrow(() -> ApiException.invalid("type", "unknown type '" + value + "'; one of " + allowed()));
    }

    public static String allowed() {
        return Arrays.stream(values()).map(OrganizationType::value).collect(Collectors.joining(", "));
    }
}
