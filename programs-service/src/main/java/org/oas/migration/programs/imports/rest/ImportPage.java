package org.oas.migration.programs.imports.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** For the OpenAPI document only: the shape of a page of imports. */
@Schema(name = "ImportPage")
public record ImportPage(@Schema(description = "Imports as GET /v1/imports/{id} shows them, without their lines") List<ImportView> items,
                         @Schema(nullable = true) String nextCursor) {
}
