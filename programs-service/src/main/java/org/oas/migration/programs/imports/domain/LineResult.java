package org.oas.migration.programs.imports.domain;

import java.util.List;
import java.util.UUID;
import org.oas.migration.platform.problem.Problem;

/** The outcome of one line, as stored in the import's report. */
public record LineResult(int line, LineOutcome outcome, String externalId, UUID activityId, Problem problem,
                         List<String> notes) {

    public static LineResult rejected(ImportItem item, Problem problem) {
        return new LineResult(item.line(), LineOutcome.REJECTED, item.externalId(), null, problem, item.notes());
    }
}
