package org.oas.migration.programs.activity.rest;

import org.oas.migration.platform.text.Codes;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ActivityRevision", description = "One change of an activity: who made it, when, and each changed field before and after.")
public record RevisionView(long version, @Schema(enumeration = {"created", "updated", "deleted"}, example = "updated") String action, OffsetDateTime changedAt,
                           @Schema(description = "The token subject that wrote it; present for admins and for partners of the writing organization only", maxLength = 100, example = "pc-iom-5k2q9x7d") String clientId,
                           @Schema(description = "The writing token's organization (a partner's own; for an admin token, the secretariat's if it names one)", maxLength = Codes.ORGANIZATION_MAX, pattern = Codes.ORGANIZATION, example = "iom") String organization,
                           @Schema(implementation = Object[].class, maxItems = 20, description = "One entry per changed field of the activity (it has 20)", example = "[{\"field\": \"status\", \"from\": \"pipeline\", \"to\": \"implementation\"}]")
                           @JsonRawValue String changes) {
}
