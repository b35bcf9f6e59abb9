package org.oas.migration.programs.activity.domain;

import java.util.UUID;
import org.oas.migration.platform.problem.Problem;

/** What one activity write did: its outcome, the activity's id and version after it, or why it was rejected. */
public record ActivityWriteResult(Outcome outcome, UUID id, Long version, Problem problem) {

    public enum Outcome { CREATED, UPDATED, UNCHANGED, REJECTED }

    public static ActivityWriteResult rejected(Problem problem) {
        return new ActivityWriteResult(Outcome.REJECTED, null, null, problem);
    }
}
