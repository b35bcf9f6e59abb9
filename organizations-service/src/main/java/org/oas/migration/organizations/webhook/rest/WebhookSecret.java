package org.oas.migration.organizations.webhook.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.migration.organizations.webhook.domain.WebhookView;

@Schema(name = "WebhookSecret", description = "A webhook with its signing secret: returned once, at creation or rotation. Store the secret now.")
public record WebhookSecret(
        @Schema(description = "Standard Webhooks secret: `whsec_` and the base64 of the HMAC-SHA256 key", example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                maxLength = 100, pattern = "^whsec_[A-Za-z0-9+/=]+$")
        String secret,
        WebhookView webhook) {
}
