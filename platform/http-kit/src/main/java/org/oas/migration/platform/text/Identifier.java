package org.oas.migration.platform.text;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An identifier in an external scheme, e.g. {@code {"scheme": "iati-org-id", "value": "XM-DAC-47066"}}. */
@Schema(name = "Identifier", description = "An identifier of the resource in an external scheme.")
public record Identifier(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9][a-z0-9.-]*", message = "must be a lowercase scheme name such as iati-org-id")
        @Schema(example = "iati-org-id") String scheme,
        @NotBlank @Size(max = 255) @Schema(example = "XM-DAC-47066") String value) {
}
