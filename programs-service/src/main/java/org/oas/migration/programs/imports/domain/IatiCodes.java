package org.oas.migration.programs.imports.domain;

import java.util.List;
import java.util.Map;

/**
 * The IATI 2.03 code lists an import understands, and what they become in an activity write body.
 *
 * <p>Sectors to themes: OECD DAC CRS purpose codes (vocabulary 1, five digits) that say something about
 * migration work, mapped to the themes vocabulary. Codes not listed are ignored (the line notes them);
 * so are sectors of other vocabularies. The table is deliberately small: a theme is only derived where
 * the purpose code names it.
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

    /** ActivityStatus 1..6. */
    static final Map<String, String> STATUS = Map.of(
            "1", "pipeline", "2", "implementation", "3", "finalisation",
            "4", "closed", "5", "cancelled", "6", "suspended");

    /** ActivityDateType 1..4. */
    static final Map<String, String> DATE_FIELD = Map.of(
            "1", "plannedStart", "2", "actualStart", "3", "plannedEnd", "4", "actualEnd");

    /** OrganisationRole 1..4 (IATI's "extending" organisation is a partner here). */
    static final Map<String, String> ROLE = Map.of(
            "1", "funding", "2", "accountable", "3", "partner", "4", "implementing");

    static final Map<String, List<String>> SECTOR_THEMES = Map.ofEntries(
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

    /** The OAS official languages: the keys of every language map. */
    static final List<String> LANGUAGES = List.of("en", "es", "fr", "pt");

    /** DAC 5-digit purpose codes; also the vocabulary assumed when a sector names none. */
    static final String DAC_VOCABULARY = "1";

    private IatiCodes() {
    }
}
