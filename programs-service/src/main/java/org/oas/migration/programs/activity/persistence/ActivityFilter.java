package org.oas.migration.programs.activity.persistence;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * What a list of activities is narrowed to; null parts do not narrow. Values are as stored (trimmed, countries in
 * upper case, theme and status as their stored value, {@code from}/{@code to} as the first and last day of the
 * dates asked for); {@code q} is searched in {@code language}.
 */
public record ActivityFilter(String organization, String reportingOrganization, String country, String theme, String status,
                             LocalDate from, LocalDate to, String mandate, String program, String externalId,
                             OffsetDateTime updatedSince, String q, String language) {
}
