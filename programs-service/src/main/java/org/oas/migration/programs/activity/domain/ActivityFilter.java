package org.oas.migration.programs.activity.domain;

import java.time.OffsetDateTime;

/**
 * What a list of activities is narrowed to; null parts do not narrow. Values are as stored (trimmed, countries in
 * upper case); {@code q} is searched in {@code language}.
 */
public record ActivityFilter(String organization, String reportingOrganization, String country, Theme theme, ActivityStatus status,
                             PartialDate from, PartialDate to, String mandate, String program, String externalId,
                             OffsetDateTime updatedSince, String q, String language) {
}
