package org.oas.migration.organizations.webhook.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.oas.migration.organizations.webhook.persistence.DeliveryQueue;
import org.oas.migration.organizations.webhook.persistence.WebhookDeliveryEntity;
import org.oas.migration.organizations.webhook.persistence.WebhookSubscriptionEntity;
import org.oas.migration.platform.ids.UuidV7;
import org.oas.migration.platform.inbox.InboxFeed;
import org.oas.migration.platform.inbox.Projections;
import org.oas.migration.platform.model.VersionedEntity;

/**
 * Feeds the delivery queue from the contexts' topics: each event (once per event id: the platform inbox) becomes one
 * queued delivery per enabled subscription whose filter it matches, in the consumer's transaction. A crash before the
 * commit means the event is consumed again; after it, the deliveries are in PostgreSQL.
 */
@ApplicationScoped
public class WebhookFeed implements InboxFeed {

    @Inject
    WebhookConfig config;

    @Inject
    Projections projections;

    @Inject
    DeliveryQueue queue;

    @Inject
    ObjectMapper json;

    @Override
    public Optional<Subscription> subscription() {
        return config.consume() ? Optional.of(new Subscription(config.consumerName(), config.topics())) : Optional.empty();
    }

    @Override
    public void handle(CloudEvent event) {
        List<WebhookSubscriptionEntity> enabled = WebhookSubscriptionEntity.list("enabled = true and deletedAt is null");
        if (enabled.isEmpty()) {
            return;
        }
        JsonNode data = projections.read(event);
        String subject = event.getSubject() == null ? "" : event.getSubject();
        Filter.Event matched = new Filter.Event(contextOf(event), event.getType(), subject, data);
        String body = null;
        for (WebhookSubscriptionEntity s : enabled) {
            if (WebhookView.filterOf(s).matches(matched)) {
                body = body == null ? structured(event, data) : body;
                WebhookDeliveryEntity d = new WebhookDeliveryEntity();
                d.id = UuidV7.next();
                d.subscriptionId = s.id;
                d.eventId = event.getId();
                d.eventType = event.getType();
                d.subject = subject;
                d.body = body;
                d.createdAt = VersionedEntity.now();
                queue.enqueue(d);
            }
        }
    }

    /** The context an event belongs to: its source's service ({@code /meetings-service}), as its topic is named. */
    private static String contextOf(CloudEvent event) {
        String source = event.getSource() == null ? "" : event.getSource().toString();
        for (String context : Filter.CONTEXTS) {
            if (source.contains(context)) {
                return context;
            }
        }
        return source;
    }

    /** The CloudEvent in structured JSON mode (CloudEvents JSON format 1.0), with its data as JSON. */
    private String structured(CloudEvent event, JsonNode data) {
        ObjectNode body = json.createObjectNode();
        body.put("specversion", event.getSpecVersion().toString());
        body.put("id", event.getId());
        body.put("source", event.getSource().toString());
        body.put("type", event.getType());
        if (event.getSubject() != null) {
            body.put("subject", event.getSubject());
        }
        if (event.getTime() != null) {
            body.put("time", event.getTime().toString());
        }
        body.put("datacontenttype", "application/json");
        body.set("data", data);
        try {
            return json.writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
