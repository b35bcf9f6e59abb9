package org.oas.migration.organizations.webhook.domain;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.migration.organizations.webhook.persistence.WebhookSubscriptionEntity;

@Schema(name = "Webhook", description = "A webhook subscription. Its secret is shown only at creation and rotation.")
public record WebhookView(
        UUID id,
        @Schema(example = "https://partner.example.org/oas-events") String url,
        @Schema(example = "Our activities") String description,
        Filter filter,
        @Schema(description = "Whether events are delivered; false after it failed for too long (see disabledReason) or when switched off")
        boolean enabled,
        @Schema(description = "When deliveries were disabled") OffsetDateTime disabledAt,
        @Schema(description = "Why deliveries were disabled", example = "deliveries failed for 3 days (since 2026-05-01T10:00:00Z); last: HTTP 500")
        String disabledReason,
        @Schema(description = "Since when deliveries have been failing without a success; null while they succeed")
        OffsetDateTime failingSince,
        @Schema(description = "Until when the previous secret still signs too, after a rotation")
        OffsetDateTime previousSecretExpiresAt,
        @Schema(description = "Organization of the partner that owns it; null for the secretariat's", example = "iom")
        String ownerOrganization,
        @Schema(example = "1") long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public static WebhookView of(WebhookSubscriptionEntity s) {
        return new WebhookView(s.id, s.url, s.description, filterOf(s), s.enabled, s.disabledAt, s.disabledReason, s.failingSince,
                s.previousSecretExpiresAt, s.ownerOrganization, s.version, s.createdAt, s.updatedAt);
    }

    public static Filter filterOf(WebhookSubscriptionEntity s) {
        return new Filter(s.eventTypes, s.subjects, s.organizations, s.contexts);
    }
}
