package org.oas.migration.programs.imports.persistence;

import java.util.List;
import java.util.UUID;
import org.oas.migration.platform.problem.Problem;

/** The outcome of one line, as stored in the import's report. */
public record LineResult(int line, LineOutcome outcome, String externalId, UUID activityId, Problem problem,
                         List<String> notes) {
}
