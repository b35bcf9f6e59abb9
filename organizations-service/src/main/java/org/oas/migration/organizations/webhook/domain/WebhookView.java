package org.oas.migration.organizations.webhook.domain;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.migration.organizations.webhook.persistence.WebhookSubscriptionEntity;

@Schema(name = "Webhook", description = "A webhook subscription. Its secret is shown only at creation and rotation. `disabledAt`: when "
        + "deliveries were disabled; `failingSince`: since when deliveries have been failing without a success (absent while they "
        + "succeed); `previousSecretExpiresAt`: until when the previous secret still signs too, after a rotation.")
public record WebhookView(
        UUID id,
        @Schema(example = "https://partner.example.org/oas-events", format = "uri", maxLength = 2000) String url,
        @Schema(example = "Our activities", maxLength = 500, pattern = WebhookView.TEXT) String description,
        Filter filter,
        @Schema(description = "Whether events are delivered; false after it failed for too long (see disabledReason) or when switched off")
        boolean enabled,
        OffsetDateTime disabledAt,
        @Schema(description = "Why deliveries were disabled", example = "deliveries failed for longer than PT72H (since 2026-05-01T10:00:00Z); last: HTTP 500",
                maxLength = 1000, pattern = WebhookView.TEXT)
        String disabledReason,
        OffsetDateTime failingSince,
        OffsetDateTime previousSecretExpiresAt,
        @Schema(description = "Organization of the partner that owns it; absent for the secretariat's", example = "iom", maxLength = 64,
                pattern = WebhookView.TEXT)
        String ownerOrganization,
        @Schema(example = "1") long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /** Text without NUL characters (none is stored): what the documented free-text members are. */
    public static final String TEXT = "^[^\\u0000]*$";

    public static WebhookView of(WebhookSubscriptionEntity s) {
        return new WebhookView(s.id, s.url, s.description, filterOf(s), s.enabled, s.disabledAt, s.disabledReason, s.failingSince,
                s.previousSecretExpiresAt, s.ownerOrganization, s.version, s.createdAt, s.updatedAt);
    }

    public static Filter filterOf(WebhookSubscriptionEntity s) {
        return new Filter(s.eventTypes, s.subjects, s.organizations, s.contexts);
    }
}
