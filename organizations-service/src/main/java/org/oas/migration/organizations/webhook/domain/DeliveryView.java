package org.oas.migration.organizations.webhook.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.migration.organizations.webhook.persistence.WebhookAttemptEntity;
import org.oas.migration.organizations.webhook.persistence.WebhookDeliveryEntity;

@Schema(name = "WebhookDelivery", description = "One event for one webhook, with the outcome of its last attempt (and, alone, every attempt).")
public record DeliveryView(
        UUID id,
        @Schema(description = "The CloudEvent id: also the webhook-id header") String eventId,
        @Schema(example = "org.oas.migration.activity.updated") String eventType,
        String subject,
        @Schema(description = "pending (waiting or retrying), delivered, or failed (given up when the webhook was disabled)",
                enumeration = {"pending", "delivered", "failed"}) String status,
        int attempts,
        @Schema(description = "When the next attempt is due, while pending") OffsetDateTime nextAttemptAt,
        OffsetDateTime createdAt,
        OffsetDateTime lastAttemptAt,
        OffsetDateTime deliveredAt,
        @Schema(description = "The receiver's HTTP status at the last attempt") Integer lastStatusCode,
        @Schema(description = "Milliseconds the last attempt took") Integer lastLatencyMs,
        @Schema(description = "The start of the receiver's answer at the last attempt (bounded)") String lastResponse,
        @Schema(description = "Why the last attempt failed without an HTTP answer, or was refused") String lastError,
        @Schema(description = "Every attempt, oldest first (only on the delivery itself, not in the log)") List<Attempt> history) {

    @Schema(name = "WebhookAttempt")
    public record Attempt(OffsetDateTime attemptedAt, Integer statusCode, int latencyMs, String response, String error) {

        static Attempt of(WebhookAttemptEntity a) {
            return new Attempt(a.attemptedAt, a.statusCode, a.latencyMs, a.response, a.error);
        }
    }

    public static DeliveryView of(WebhookDeliveryEntity d, List<WebhookAttemptEntity> attempts) {
        return new DeliveryView(d.id, d.eventId, d.eventType, d.subject, d.status, d.attempts,
                WebhookDeliveryEntity.PENDING.equals(d.status) ? d.nextAttemptAt : null, d.createdAt, d.lastAttemptAt,
                d.deliveredAt, d.lastStatusCode, d.lastLatencyMs, d.lastResponse, d.lastError,
                attempts == null ? null : attempts.stream().map(Attempt::of).toList());
    }
}
