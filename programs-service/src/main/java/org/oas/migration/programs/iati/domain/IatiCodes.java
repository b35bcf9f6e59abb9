package org.oas.migration.programs.iati.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The IATI 2.03 code lists programs-service reads and writes, and what they are in an activity: the one table for both
 * directions, the import ({@code imports.domain.IatiMapper}, IATI to activity) and the export ({@link IatiActivitiesWriter},
 * activity to IATI), so that what one writes the other reads back as it was.
 *
 * <p>Sectors to themes: OECD DAC CRS purpose codes (vocabulary 1, five digits) that say something about
 * migration work, mapped to the themes vocabulary. Codes not listed are ignored (the line notes them);
 * so are sectors of other vocabularies. The table is deliberately small: a theme is only derived where
 * the purpose code names it. The export writes, for each theme, the first code of the table that gives that theme
 * alone (so migration-policy is written as 15190, health as 12110); themes the table does not name are not written.
 * <pre>
 * 15190 Facilitation of orderly, safe, regular and responsible migration and mobility  migration-policy
 * 13010 Population policy and administrative management (incl. migration)             migration-policy
 * 15160 Human rights                                                                   human-rights
 * 15170 Women's rights organisations and movements                                     gender
 * 15180 Ending violence against women and girls                                        gender
 * 16070 Labour rights                                                                  labour-migration
 * 24050 Remittance facilitation, promotion and optimisation                            remittances
 * 16062 Statistical capacity building                                                  statistics-and-data
 * 12110 Health policy and administrative management                                    health
 * 12220 Basic health care                                                              health
 * 12250 Infectious disease control                                                     health
 * 12261 Health education                                                               health
 * 11110 Education policy and administrative management                                 education
 * 11330 Vocational training                                                            education
 * 72010 Material relief assistance and services                                        emergency-response
 * 72040 Emergency food assistance                                                      emergency-response
 * 72050 Relief co-ordination and support services                                      emergency-response
 * 72011 Basic health care services in emergencies                                      health, emergency-response
 * 74020 Multi-hazard response preparedness                                             emergency-response
 * 93010 Refugees/asylum seekers in donor countries                                     refugees-and-displacement
 * </pre>
 */
public final class IatiCodes {

    /** The media type of an IATI activities document (the import also takes application/xml, the export also answers it). */
    public static final String MEDIA_TYPE = "application/vnd.iati.activities+xml";

    /** ActivityStatus 1..6. */
    public static final Map<String, String> STATUS = Map.of(
            "1", "pipeline", "2", "implementation", "3", "finalisation",
            "4", "closed", "5", "cancelled", "6", "suspended");

    /** ActivityDateType 1..4. */
    public static final Map<String, String> DATE_FIELD = Map.of(
            "1", "plannedStart", "2", "actualStart", "3", "plannedEnd", "4", "actualEnd");

    /** OrganisationRole 1..4 (IATI's "extending" organisation is a partner here). */
    public static final Map<String, String> ROLE = Map.of(
            "1", "funding", "2", "accountable", "3", "partner", "4", "implementing");

    /** The table above, in its order (the export takes the first code of a theme). */
    private static final List<Map.Entry<String, List<String>>> SECTORS = List.of(
            Map.entry("15190", List.of("migration-policy")),
            Map.entry("13010", List.of("migration-policy")),
            Map.entry("15160", List.of("human-rights")),
            Map.entry("15170", List.of("gender")),
            Map.entry("15180", List.of("gender")),
            Map.entry("16070", List.of("labour-migration")),
            Map.entry("24050", List.of("remittances")),
            Map.entry("16062", List.of("statistics-and-data")),
            Map.entry("12110", List.of("health")),
            Map.entry("12220", List.of("health")),
            Map.entry("12250", List.of("health")),
            Map.entry("12261", List.of("health")),
            Map.entry("11110", List.of("education")),
            Map.entry("11330", List.of("education")),
            Map.entry("72010", List.of("emergency-response")),
            Map.entry("72040", List.of("emergency-response")),
            Map.entry("72050", List.of("emergency-response")),
            Map.entry("72011", List.of("health", "emergency-response")),
            Map.entry("74020", List.of("emergency-response")),
            Map.entry("93010", List.of("refugees-and-displacement")));

    /** DAC purpose code to themes. */
    public static final Map<String, List<String>> SECTOR_THEMES = Map.ofEntries(SECTORS.toArray(Map.Entry[]::new));

    /** Theme to the first purpose code that gives it alone. */
    private static final Map<String, String> THEME_SECTOR = firstSectorOfEachTheme();

    /** The OAS official languages: the keys of every language map. */
    public static final List<String> LANGUAGES = List.of("en", "es", "fr", "pt");

    /** DAC 5-digit purpose codes; also the vocabulary assumed when a sector names none. */
    public static final String DAC_VOCABULARY = "1";

    /** The identifier scheme an imported activity records its {@code iati-identifier} under. */
    public static final String ACTIVITY_ID_SCHEME = "iati-activity-id";

    /**
     * The registry's organization types (organizations-service {@code OrganizationType}) as IATI OrganisationType codes:
     * OAS bodies, UN entities, other international, regional and subregional organizations are multilateral (40); member
     * states and national agencies government (10); national Red Cross societies and civil society national NGOs (22);
     * universities academic (80); anything else, or a type not known yet, other (90).
     */
    private static final Map<String, String> ORGANISATION_TYPE = Map.ofEntries(
            Map.entry("oas-organ", "40"), Map.entry("oas-committee", "40"), Map.entry("oas-secretariat", "40"),
            Map.entry("oas-department", "40"), Map.entry("oas-specialized-organization", "40"), Map.entry("un-entity", "40"),
            Map.entry("international-organization", "40"), Map.entry("regional-consultative-process", "40"),
            Map.entry("subregional-organization", "40"), Map.entry("national-society", "22"), Map.entry("member-state", "10"),
            Map.entry("government-agency", "10"), Map.entry("civil-society", "22"), Map.entry("academic-institution", "80"),
            Map.entry("other", "90"));

    static final String OTHER_ORGANISATION_TYPE = "90";

    private IatiCodes() {
    }

    /** The ActivityStatus code of a status value (implementation -> 2). */
    public static String statusCode(String status) {
        return codeOf(STATUS, status);
    }

    /** The ActivityDateType code of a date field (plannedStart -> 1). */
    public static String dateType(String field) {
        return codeOf(DATE_FIELD, field);
    }

    /** The OrganisationRole code of a participation role (implementing -> 4). */
    public static String roleCode(String role) {
        return codeOf(ROLE, role);
    }

    /** The DAC purpose code written for a theme; empty for a theme the table does not name. */
    public static Optional<String> sectorOf(String theme) {
        return Optional.ofNullable(THEME_SECTOR.get(theme));
    }

    /** The IATI OrganisationType code of a registry organization type (null or unknown: 90, other). */
    public static String organisationType(String registryType) {
        return registryType == null ? OTHER_ORGANISATION_TYPE : ORGANISATION_TYPE.getOrDefault(registryType, OTHER_ORGANISATION_TYPE);
    }

    private static String codeOf(Map<String, String> codes, String value) {
        return codes.entrySet().stream().filter(e -> e.getValue().equals(value)).map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No IATI code for " + value));
    }

    private static Map<String, String> firstSectorOfEachTheme() {
        Map<String, String> first = new LinkedHashMap<>();
        SECTORS.stream().filter(e -> e.getValue().size() == 1).forEach(e -> first.putIfAbsent(e.getValue().get(0), e.getKey()));
        return Map.copyOf(first);
    }
}
