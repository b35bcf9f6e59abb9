package org.oas.migration.programs.activity.rest;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ActivityRevision", description = "One change of an activity: who made it, when, and each changed field before and after.")
public record RevisionView(long version, @Schema(example = "updated") String action, OffsetDateTime changedAt,
                           @Schema(description = "The token subject that wrote it; present for admins and for partners of the writing organization only", example = "pc-iom-5k2q9x7d") String clientId,
                           @Schema(description = "The writing token's organization (a partner's own; for an admin token, the secretariat's if it names one)", example = "iom") String organization,
                           @Schema(implementation = Object[].class, example = "[{\"field\": \"status\", \"from\": \"pipeline\", \"to\": \"implementation\"}]")
                           @JsonRawValue String changes) {
}
