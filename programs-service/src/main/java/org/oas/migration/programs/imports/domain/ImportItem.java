package org.oas.migration.programs.imports.domain;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.oas.migration.platform.problem.Problem;

/**
 * One record of an import, read and ready to write: the activity write body, or the problem that makes it
 * unwritable (bad JSON, an unmappable IATI activity). {@code notes} say what a mapping dropped or assumed.
 */
public record ImportItem(int line, String externalId, ObjectNode body, Problem problem, List<String> notes) {

    public static ImportItem of(int line, ObjectNode body, List<String> notes) {
        String externalId = body.path("externalId").isTextual() ? body.get("externalId").asText() : null;
        return new ImportItem(line, externalId, body, null, List.copyOf(notes));
    }

    public static ImportItem unreadable(int line, String externalId, Problem problem, List<String> notes) {
        return new ImportItem(line, externalId, null, problem, List.copyOf(notes));
    }
}
