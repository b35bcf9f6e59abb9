package org.oas.migration.programs.imports.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.oas.migration.platform.ids.UuidV7;
import org.oas.migration.platform.persistence.DatabaseFailures;
import org.oas.migration.platform.problem.ApiException;
import org.oas.migration.platform.problem.ProblemType;
import org.oas.migration.programs.activity.domain.WriteActor;
import org.oas.migration.programs.imports.persistence.ImportEntity;
import org.oas.migration.programs.imports.persistence.OrganizationRefs;

/**
 * Runs an import while the request waits: spools the body, checks it whole (size, line count, XML), records the
 * import, then reads it record by record and writes it in batches ({@link BatchWriter}). Memory holds one batch.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);

    @Inject
    ImportsConfig config;

    @Inject
    BatchWriter batches;

    @Inject
    OrganizationRefs organizations;

    @Inject
    ObjectMapper json;

    /** @return the finished import (completed; or failed if the database went away, after which it rethrows) */
    public ImportEntity run(WriteActor actor, ImportFormat format, boolean dryRun, InputStream body) {
        int maxLines = config.maxLines();
        int recordLimit = format == ImportFormat.NDJSON ? maxLines : Integer.MAX_VALUE;
        try (SpooledBody spooled = SpooledBody.spool(body, spoolDir(), config.maxBodySize().asLongValue(), recordLimit)) {
            int records = format == ImportFormat.NDJSON ? spooled.nonBlankLines() : IatiSource.check(spooled.file(), maxLines);
            UUID id = start(actor, format, dryRun, records);
            try (ImportSource source = open(format, spooled.file())) {
                List<ImportItem> batch = new ArrayList<>(config.batchSize());
                for (ImportItem item = source.next(); item != null; item = source.next()) {
                    batch.add(item);
                    if (batch.size() == config.batchSize()) {
                        batches.write(id, actor, dryRun, batch);
                        batch.clear();
                    }
                }
                if (!batch.isEmpty()) {
                    batches.write(id, actor, dryRun, batch);
                }
            } catch (RuntimeException e) {
                fail(id, e);
                throw e;
            }
            return finish(id, ImportStatus.COMPLETED, null);
        }
    }

    public Optional<ImportEntity> find(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ImportEntity.<ImportEntity>findByIdOptional(id));
    }

    private ImportSource open(ImportFormat format, Path file) {
        if (format == ImportFormat.NDJSON) {
            return new NdjsonSource(file, json, (int) Math.min(Integer.MAX_VALUE, config.maxLineSize().asLongValue()));
        }
        // Few distinct organisations per file: each IATI identifier is looked up once per import.
        Map<String, Optional<String>> codes = new HashMap<>();
        return new IatiSource(file, new IatiMapper(ref -> codes.computeIfAbsent(ref, organizations::codeForIatiRef)));
    }

    private UUID start(WriteActor actor, ImportFormat format, boolean dryRun, int records) {
        ImportEntity entity = new ImportEntity();
        entity.id = UuidV7.next();
        entity.status = ImportStatus.PROCESSING.value();
        entity.format = format.value();
        entity.dryRun = dryRun;
        entity.clientId = actor.clientId();
        entity.organization = actor.admin() ? null : actor.organizationCode();
        entity.linesTotal = records;
        entity.createdAt = OffsetDateTime.now();
        QuarkusTransaction.requiringNew().run(entity::persist);
        return entity.id;
    }

    private void fail(UUID id, RuntimeException cause) {
        LOG.errorf(cause, "Import %s stopped", id);
        var problem = DatabaseFailures.isUnavailable(cause)
                ? ProblemType.UNAVAILABLE.problem("The database became unavailable; the lines reported were committed, "
                        + "send the rest again")
                : cause instanceof ApiException api ? api.problem()
                : ProblemType.INTERNAL.problem("The import stopped on an unexpected error; the lines reported were committed");
        try {
            finish(id, ImportStatus.FAILED, problem);
        } catch (RuntimeException e) {
            LOG.warnf("Import %s could not be marked failed (%s); it stays 'processing'", id, e.getMessage());
        }
    }

    private ImportEntity finish(UUID id, ImportStatus status, org.oas.migration.platform.problem.Problem problem) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ImportEntity entity = ImportEntity.findById(id);
            entity.status = status.value();
            entity.problem = problem;
            entity.completedAt = OffsetDateTime.now();
            return entity;
        });
    }

    private Path spoolDir() {
        return config.spoolDir().orElse(Path.of(System.getProperty("java.io.tmpdir")));
    }
}
