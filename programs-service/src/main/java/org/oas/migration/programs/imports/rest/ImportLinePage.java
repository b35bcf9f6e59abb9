package org.oas.migration.programs.imports.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** For the OpenAPI document only: the shape of a page of import lines. */
@Schema(name = "ImportLinePage")
public record ImportLinePage(List<ImportLineView> items, @Schema(nullable = true) String nextCursor) {
}
