package org.oas.migration.programs.imports.rest;

import java.util.List;
import org.oas.migration.programs.imports.persistence.LineResult;
import org.oas.migration.programs.imports.persistence.ImportEntity;

final class ImportMapper {

    /** Rejected lines shown in the import itself; the rest are a page away. */
    static final int REJECTED_SHOWN = 100;
    /** A line's notes shown (an IATI activity can repeat what gets left out): the first 100, each 1000 characters at most. */
    static final int NOTES_SHOWN = 100;
    static final int NOTE_MAX = 1000;

    private ImportMapper() {
    }

    static ImportView toView(ImportEntity entity, List<LineResult> firstRejected) {
        return new ImportView(entity.id, entity.status, entity.format, entity.dryRun, entity.clientId, entity.organization,
                entity.linesTotal, new ImportView.ImportCounts(entity.created, entity.updated, entity.unchanged, entity.rejected),
                entity.problem, firstRejected == null ? null : firstRejected.stream().map(ImportMapper::toView).toList(),
                "/v1/imports/" + entity.id + "/lines", entity.createdAt, entity.completedAt);
    }

    /** An import in a list: as {@link #toView(ImportEntity, List)} shows it, without its lines (they are at linesHref). */
    static ImportView toListItem(ImportEntity entity) {
        return toView(entity, null);
    }

    static ImportLineView toView(LineResult line) {
        return new ImportLineView(line.line(), line.outcome().value(), line.externalId(), line.activityId(), line.problem(),
                shown(line.notes()));
    }

    private static List<String> shown(List<String> notes) {
        if (notes == null) {
            return null;
        }
        return notes.stream().limit(NOTES_SHOWN).map(note -> note.length() <= NOTE_MAX ? note
                : note.substring(0, Character.isHighSurrogate(note.charAt(NOTE_MAX - 1)) ? NOTE_MAX - 1 : NOTE_MAX)).toList();
    }
}
