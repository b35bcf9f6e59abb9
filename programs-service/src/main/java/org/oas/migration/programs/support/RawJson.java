package org.oas.migration.programs.support;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.annotation.JsonValue;

/** JSON already rendered (a stored view), written to the response as it is. */
public record RawJson(@JsonValue @JsonRawValue String json) {
}
