package org.oas.migration.organizations.webhook.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.migration.organizations.webhook.domain.Filter;
import org.oas.migration.organizations.webhook.domain.Subscription;
import org.oas.migration.organizations.webhook.domain.WebhookView;

@Schema(name = "WebhookInput", description = "A webhook to register or change: an https URL and which events it receives.")
public record WebhookInput(
        @NotBlank @Size(max = 2000)
        @Schema(format = "uri", description = "https URL; its host must resolve to public addresses only (checked again at every delivery)",
                example = "https://partner.example.org/oas-events") String url,
        @Size(max = 500) @Schema(example = "Our activities", pattern = WebhookView.TEXT) String description,
        @Valid @Schema(description = "Which events are delivered; omitted: every event") Filter filter,
        @Schema(description = "Whether events are delivered (default true); true again re-enables a disabled webhook", defaultValue = "true")
        Boolean enabled) {

    Subscription toSubscription() {
        return new Subscription(url.trim(), description, filter == null ? new Filter(null, null, null, null) : filter,
                enabled == null || enabled);
    }

    static WebhookInput of(WebhookView view) {
        return new WebhookInput(view.url(), view.description(), view.filter(), view.enabled());
    }
}
