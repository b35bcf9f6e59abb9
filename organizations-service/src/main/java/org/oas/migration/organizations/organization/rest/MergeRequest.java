package org.oas.migration.organizations.organization.rest;

import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrganizationMergeRequest", description = "The organization (id or code) that absorbs this one.")
public record MergeRequest(@NotBlank @Size(max = 64) @Schema(description = "An id or a code", example = "oas-sedi") String into) {
}
