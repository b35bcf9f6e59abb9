package org.oas.migration.organizations.webhook.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.migration.organizations.webhook.persistence.WebhookAttemptEntity;
import org.oas.migration.organizations.webhook.persistence.WebhookDeliveryEntity;

@Schema(name = "WebhookDelivery", description = "One event for one webhook, with the outcome of its last attempt (and, read alone, its "
        + "attempts). `nextAttemptAt`: when the next attempt is due, while pending.")
public record DeliveryView(
        UUID id,
        @Schema(description = "The CloudEvent id: also the webhook-id header", maxLength = 200, pattern = WebhookView.TEXT) String eventId,
        @Schema(example = "org.oas.migration.activity.updated", maxLength = 200, pattern = WebhookView.TEXT) String eventType,
        @Schema(description = "The CloudEvent subject (the resource id)", maxLength = 200, pattern = WebhookView.TEXT) String subject,
        @Schema(description = "pending (waiting or retrying), delivered, or failed (given up when the webhook was disabled)",
                enumeration = {WebhookDeliveryEntity.PENDING, WebhookDeliveryEntity.DELIVERED, WebhookDeliveryEntity.FAILED}) String status,
        int attempts,
        OffsetDateTime nextAttemptAt,
        OffsetDateTime createdAt,
        OffsetDateTime lastAttemptAt,
        OffsetDateTime deliveredAt,
        @Schema(description = "The receiver's HTTP status at the last attempt") Integer lastStatusCode,
        @Schema(description = "Milliseconds the last attempt took") Integer lastLatencyMs,
        @Schema(description = "The start of the receiver's answer at the last attempt", maxLength = DeliveryView.ANSWER, pattern = WebhookView.TEXT)
        String lastResponse,
        @Schema(description = "Why the last attempt failed without an HTTP answer, or was refused", maxLength = 2000, pattern = WebhookView.TEXT)
        String lastError,
        @Schema(description = "The last attempts (at most 100), oldest first; only on the delivery itself, not in the log", maxItems = 100)
        List<Attempt> history) {

    /** The most of a receiver's answer that is kept: oas.webhooks.delivery.max-response-bytes may not exceed it. */
    public static final int ANSWER = 16384;

    @Schema(name = "WebhookAttempt", description = "One attempt: the receiver's status and the start of its answer, or why nothing was answered.")
    public record Attempt(OffsetDateTime attemptedAt, Integer statusCode, int latencyMs,
                          @Schema(maxLength = DeliveryView.ANSWER, pattern = WebhookView.TEXT) String response,
                          @Schema(maxLength = 2000, pattern = WebhookView.TEXT) String error) {

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
