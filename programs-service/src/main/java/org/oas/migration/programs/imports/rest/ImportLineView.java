package org.oas.migration.programs.imports.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.migration.platform.problem.Problem;

@Schema(name = "ImportLine", description = "What happened to one line of an import (NDJSON line number, or the ordinal of the iati-activity).")
public record ImportLineView(
        @Schema(example = "7") int line,
        @Schema(description = "created | updated | unchanged | rejected", enumeration = {"created", "updated", "unchanged", "rejected"},
                example = "rejected") String outcome,
        @Schema(maxLength = 200, example = "XM-DAC-47066-SV-2008-017") String externalId,
        @Schema(description = "The activity created, updated or left unchanged") UUID activityId,
        @Schema(description = "Why the line was rejected (the problem a single write would have answered)") Problem problem,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @Schema(description = "What an IATI mapping left out or assumed (the first " + ImportMapper.NOTES_SHOWN + ")",
                maxItems = ImportMapper.NOTES_SHOWN, example = "[\"title in 'de' left out (languages are en, es, fr, pt)\"]")
        List<@Size(max = ImportMapper.NOTE_MAX) String> notes) {
}
