package org.oas.migration.programs.imports.domain;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.oas.migration.platform.persistence.DatabaseFailures;
import org.oas.migration.platform.problem.Problem;
import org.oas.migration.platform.problem.ProblemType;
import org.oas.migration.programs.activity.domain.ActivityWriteResult;
import org.oas.migration.programs.activity.domain.ActivityWriter;
import org.oas.migration.programs.activity.domain.WriteActor;
import org.oas.migration.programs.imports.persistence.ImportLineStore;
import org.oas.migration.programs.imports.persistence.LineOutcome;
import org.oas.migration.programs.imports.persistence.LineResult;

/**
 * Writes a batch of lines in one transaction: each line's change, revision and event (through the
 * {@link ActivityWriter}) and its report row commit together. If the batch fails as a whole (the writer threw,
 * a constraint tripped at commit), nothing of it stayed, and its lines are written again one transaction each,
 * so one bad line costs its batch some speed but never loses or half-applies the good ones.
 */
@ApplicationScoped
public class BatchWriter {

    private static final Logger LOG = Logger.getLogger(BatchWriter.class);

    @Inject
    ActivityWriter writer;

    @Inject
    ImportLineStore lines;

    public void write(UUID importId, WriteActor actor, boolean dryRun, List<ImportItem> batch) {
        try {
            QuarkusTransaction.requiringNew().run(() -> lines.record(importId, writeAll(actor, dryRun, batch)));
        } catch (RuntimeException e) {
            if (DatabaseFailures.isUnavailable(e)) {
                throw e;
            }
            LOG.infof("Import %s: a batch of %d lines (from line %d) failed as a whole (%s); writing them one by one",
                    importId, batch.size(), batch.get(0).line(), e.toString());
            batch.forEach(item -> writeAlone(importId, actor, dryRun, item));
        }
    }

    private List<LineResult> writeAll(WriteActor actor, boolean dryRun, List<ImportItem> batch) {
        writer.prefetch(batch.stream().filter(item -> item.problem() == null).map(ImportItem::externalId).toList());
        List<LineResult> results = new ArrayList<>(batch.size());
        for (ImportItem item : batch) {
            results.add(writeOne(actor, dryRun, item));
        }
        return results;
    }

    private void writeAlone(UUID importId, WriteActor actor, boolean dryRun, ImportItem item) {
        try {
            QuarkusTransaction.requiringNew().run(() -> lines.record(importId, List.of(writeOne(actor, dryRun, item))));
        } catch (RuntimeException e) {
            if (DatabaseFailures.isUnavailable(e)) {
                throw e;
            }
            LOG.warnf(e, "Import %s: line %d could not be written", importId, item.line());
            QuarkusTransaction.requiringNew().run(() -> lines.record(importId, List.of(rejected(item, problemOf(e)))));
        }
    }

    private LineResult writeOne(WriteActor actor, boolean dryRun, ImportItem item) {
        if (item.problem() != null) {
            return rejected(item, item.problem());
        }
        ActivityWriteResult result = writer.upsertByExternalId(actor, item.body(), dryRun);
        return new LineResult(item.line(), LineOutcome.valueOf(result.outcome().name()), item.externalId(), result.id(), result.problem(),
                item.notes());
    }

    private static Problem problemOf(RuntimeException e) {
        if (DatabaseFailures.isUniqueViolation(e)) {
            return ProblemType.CONFLICT.problem("Another write of the same activity (same reportingOrganization and externalId) "
                    + "was committed at the same moment; send the line again");
        }
        return ProblemType.INTERNAL.problem("The line could not be written; the failure has been logged");
    }

    private static LineResult rejected(ImportItem item, Problem problem) {
        return new LineResult(item.line(), LineOutcome.REJECTED, item.externalId(), null, problem, item.notes());
    }
}
