package org.oas.migration.organizations.webhook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A webhook registration body, built member by member (sent as JSON by REST Assured). */
final class WebhookBody {

    private final Map<String, Object> members = new LinkedHashMap<>();
    private final Map<String, Object> filter = new LinkedHashMap<>();

    private WebhookBody(String url) {
        members.put("url", url);
        members.put("description", "test webhook");
        members.put("filter", filter);
    }

    static WebhookBody webhook(String url) {
        return new WebhookBody(url);
    }

    WebhookBody subjects(String... subjects) {
        filter.put("subjects", List.of(subjects));
        return this;
    }

    WebhookBody eventTypes(String... types) {
        filter.put("eventTypes", List.of(types));
        return this;
    }

    WebhookBody organizations(String... codes) {
        filter.put("organizations", List.of(codes));
        return this;
    }

    WebhookBody contexts(String... contexts) {
        filter.put("contexts", List.of(contexts));
        return this;
    }

    Map<String, Object> build() {
        return members;
    }
}
