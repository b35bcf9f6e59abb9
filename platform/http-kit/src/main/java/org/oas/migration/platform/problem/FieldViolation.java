package org.oas.migration.platform.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid input field: a JSON path relative to the request ("names.xx", "memberCountries[0].country"). */
@Schema(name = "FieldViolation", description = "One invalid field of the request.")
public record FieldViolation(
        @Schema(example = "endDate") String field,
        @Schema(example = "must not be before startDate") String message) {
}
