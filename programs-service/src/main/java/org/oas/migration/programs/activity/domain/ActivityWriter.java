package org.oas.migration.programs.activity.domain;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;

/**
 * The one way an activity gets written, shared by the single-activity endpoints and the bulk imports.
 *
 * <p>Contract (imports rely on it):
 * <ul>
 *   <li>{@code body} is the same JSON a partner sends to {@code PUT /v1/activities/by-external-id/{externalId}}
 *       (it must carry {@code externalId} and {@code reportingOrganization});</li>
 *   <li>every problem with the input (shape, validation, unknown references, authorization) is found before
 *       anything is written and comes back as a {@link ActivityWriteResult.Outcome#REJECTED} result with a
 *       problem; it never throws for bad input and never marks the surrounding transaction for rollback;</li>
 *   <li>it joins the caller's transaction ({@code TxType.REQUIRED}), so an import may commit many lines at once;
 *       the change, its revision and its outbox event are written together;</li>
 *   <li>the same body twice gives {@link ActivityWriteResult.Outcome#UNCHANGED} and no revision or event;</li>
 *   <li>{@code dryRun} validates fully and reports what would happen, writing nothing.</li>
 * </ul>
 */
public interface ActivityWriter {

    ActivityWriteResult upsertByExternalId(WriteActor actor, ObjectNode body, boolean dryRun);

    /**
     * Reads, in the caller's transaction and with one query, the activities these external ids name, so the upserts
     * of a batch that follow in the same transaction need no lookup each (a plain optimisation: results are the same).
     */
    void prefetch(Collection<String> externalIds);
}
