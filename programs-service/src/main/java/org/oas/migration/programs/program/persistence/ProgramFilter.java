package org.oas.migration.programs.program.persistence;

import java.time.OffsetDateTime;

/**
 * What a list of programmes is narrowed to; null parts do not narrow. Theme and status are their stored values;
 * {@code q} is searched in {@code language}.
 */
public record ProgramFilter(String owner, String code, String theme, String status, OffsetDateTime updatedSince, String q,
                            String language) {
}
