package org.oas.migration.programs.imports.rest;

import org.oas.migration.platform.text.Codes;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.migration.platform.problem.Problem;

@Schema(name = "Import", description = "A bulk import of activities and its report.")
public record ImportView(
        UUID id,
        @Schema(description = "processing | completed | failed", enumeration = {"processing", "completed", "failed"}, example = "completed") String status,
        @Schema(description = "ndjson | iati-xml", enumeration = {"ndjson", "iati-xml"}, example = "ndjson") String format,
        @Schema(description = "Validated only: nothing was written") boolean dryRun,
        @Schema(description = "Token subject of the importing client", maxLength = 100, example = "iom-push") String clientId,
        @Schema(description = "The importing partner's organization (absent for an admin)", maxLength = Codes.ORGANIZATION_MAX,
                pattern = Codes.ORGANIZATION, example = "iom") String organization,
        @Schema(description = "Records in the body: non-blank NDJSON lines or iati-activity elements", example = "3") int totalLines,
        ImportCounts counts,
        @Schema(description = "Why a failed import stopped") Problem problem,
        @Schema(description = "The first " + ImportMapper.REJECTED_SHOWN + " rejected lines; every line is at linesHref. "
                + "Absent from the items of GET /v1/imports", maxItems = ImportMapper.REJECTED_SHOWN) List<ImportLineView> lines,
        @Schema(description = "The complete per-line report", maxLength = 54, pattern = "^/v1/imports/[0-9a-f-]{36}/lines$", example = "/v1/imports/0190c3c4-0000-7000-8000-000000000001/lines") String linesHref,
        OffsetDateTime createdAt,
        OffsetDateTime completedAt) {

    @Schema(name = "ImportCounts", description = "Lines by outcome.")
    public record ImportCounts(int created, int updated, int unchanged, int rejected) {
    }
}
