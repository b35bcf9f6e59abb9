package org.oas.migration.organizations.webhook.domain;

/** A subscription as registered or changed: where to, what for, and whether deliveries are on. */
public record Subscription(String url, String description, Filter filter, boolean enabled) {
}
