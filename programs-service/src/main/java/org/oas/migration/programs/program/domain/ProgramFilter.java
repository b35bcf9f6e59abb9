package org.oas.migration.programs.program.domain;

import java.time.OffsetDateTime;
import org.oas.migration.programs.activity.domain.Theme;

/** What a list of programmes is narrowed to; null parts do not narrow. {@code q} is searched in {@code language}. */
public record ProgramFilter(String owner, String code, Theme theme, ProgramStatus status, OffsetDateTime updatedSince, String q,
                            String language) {
}
