package org.oas.migration.organizations.webhook.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.oas.migration.organizations.organization.domain.OrganizationRetired;
import org.oas.migration.organizations.webhook.persistence.DeliveryQueue;
import org.oas.migration.organizations.webhook.persistence.WebhookAttemptEntity;
import org.oas.migration.organizations.webhook.persistence.WebhookDeliveryEntity;
import org.oas.migration.organizations.webhook.persistence.WebhookLists;
import org.oas.migration.organizations.webhook.persistence.WebhookSubscriptionEntity;
import org.oas.migration.platform.http.EntityTags;
import org.oas.migration.platform.ids.UuidV7;
import org.oas.migration.platform.model.VersionedEntity;
import org.oas.migration.platform.paging.Page;
import org.oas.migration.platform.paging.PageRequest;
import org.oas.migration.platform.problem.ApiException;
import org.oas.migration.platform.problem.FieldViolation;
import org.oas.migration.platform.security.Caller;

/**
 * Registers, changes, rotates and removes webhook subscriptions, for their owners only: an admin sees every one, a
 * partner those of its own organization (another's answer 404, as if it did not exist). Subscriptions are private
 * (a partner's URLs), so their changes are not published as events.
 */
@ApplicationScoped
public class WebhookService {

    @Inject
    Caller caller;

    @Inject
    TargetPolicy targets;

    @Inject
    WebhookConfig config;

    @Inject
    WebhookLists lists;

    @Inject
    DeliveryQueue queue;

    /** A subscription and its new secret (returned once). */
    public record Registered(WebhookView webhook, String secret) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Registered register(Subscription input) {
        check(input);
        WebhookSubscriptionEntity s = new WebhookSubscriptionEntity();
        s.stampCreated();
        s.ownerClientId = caller.clientId();
        s.ownerOrganization = caller.isAdmin() ? null : caller.organization()
                .orElseThrow(() -> ApiException.forbidden("A partner token must name its organization"));
        apply(s, input);
        s.secret = Signatures.newSecret();
        s.persist();
        s.flush();
        return new Registered(WebhookView.of(s), s.secret);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public WebhookView change(WebhookSubscriptionEntity s, Subscription input, String ifMatch) {
        EntityTags.requireMatch(ifMatch, s.version);
        check(input);
        boolean enabling = input.enabled() && !s.enabled;
        apply(s, input);
        if (enabling) {
            s.disabledAt = null;
            s.disabledReason = null;
            s.failingSince = null;
        } else if (!input.enabled() && s.disabledAt == null) {
            s.disabledAt = VersionedEntity.now();
            s.disabledReason = "disabled by " + caller.clientId();
        }
        s.stampUpdated();
        s.flush();
        return WebhookView.of(s);
    }

    /** A new secret; the previous one keeps signing (beside it) for the configured overlap. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Registered rotateSecret(WebhookSubscriptionEntity s, String ifMatch) {
        EntityTags.requireMatch(ifMatch, s.version);
        s.previousSecret = s.secret;
        s.previousSecretExpiresAt = VersionedEntity.now().plus(config.secretOverlap());
        s.secret = Signatures.newSecret();
        s.stampUpdated();
        s.flush();
        return new Registered(WebhookView.of(s), s.secret);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void delete(WebhookSubscriptionEntity s, String ifMatch) {
        EntityTags.requireMatch(ifMatch, s.version);
        s.deletedAt = VersionedEntity.now();
        s.enabled = false;
        s.stampUpdated();
        queue.failPending(s.id, "the webhook was deleted");
    }

    /** Queues a delivery again (due now); it keeps its event id, so the receiver can tell it from a new event. */
    @Transactional(Transactional.TxType.MANDATORY)
    public DeliveryView redeliver(WebhookSubscriptionEntity s, String deliveryId) {
        WebhookDeliveryEntity d = delivery(s, deliveryId);
        d.status = WebhookDeliveryEntity.PENDING;
        d.nextAttemptAt = VersionedEntity.now();
        return DeliveryView.of(d, null);
    }

    /** A deleted or merged organization's subscriptions stop, in the same transaction. */
    void disableSubscriptionsOf(@Observes OrganizationRetired organization) {
        WebhookSubscriptionEntity.<WebhookSubscriptionEntity>list("ownerOrganization = ?1 and deletedAt is null and enabled = true",
                organization.code()).forEach(s -> {
                    s.enabled = false;
                    s.disabledAt = VersionedEntity.now();
                    s.disabledReason = "the organization " + organization.code() + " was deleted or merged away";
                    s.stampUpdated();
                    queue.failPending(s.id, s.disabledReason);
                });
    }

    /** The caller's live subscription, or 404 (also for another partner's). */
    public WebhookSubscriptionEntity require(String id) {
        UUID uuid = UuidV7.parseOrNull(id);
        WebhookSubscriptionEntity s = uuid == null ? null : WebhookSubscriptionEntity.findById(uuid);
        if (s == null || s.isDeleted() || !visible(s)) {
            throw ApiException.notFound("Webhook '" + id + "'");
        }
        return s;
    }

    public Page<WebhookView> list(PageRequest page) {
        return lists.subscriptions(caller.isAdmin() ? null : caller.organization().orElse(""), page).map(WebhookView::of);
    }

    public Page<DeliveryView> deliveries(WebhookSubscriptionEntity s, String status, PageRequest page) {
        return lists.deliveries(s.id, status, page).map(d -> DeliveryView.of(d, null));
    }

    public DeliveryView deliveryWithAttempts(WebhookSubscriptionEntity s, String deliveryId) {
        WebhookDeliveryEntity d = delivery(s, deliveryId);
        return DeliveryView.of(d, WebhookAttemptEntity.lastOf(d.id, 100));
    }

    private WebhookDeliveryEntity delivery(WebhookSubscriptionEntity s, String deliveryId) {
        UUID uuid = UuidV7.parseOrNull(deliveryId);
        WebhookDeliveryEntity d = uuid == null ? null : WebhookDeliveryEntity.findById(uuid);
        if (d == null || !d.subscriptionId.equals(s.id)) {
            throw ApiException.notFound("Delivery '" + deliveryId + "' of webhook '" + s.id + "'");
        }
        return d;
    }

    private boolean visible(WebhookSubscriptionEntity s) {
        return caller.isAdmin() || s.ownerOrganization != null && caller.organization().filter(s.ownerOrganization::equals).isPresent();
    }

    /** The URL must be allowed now (its addresses are checked again at every delivery), the contexts known. */
    private void check(Subscription input) {
        List<FieldViolation> violations = new ArrayList<>();
        try {
            URI uri = targets.parse(input.url());
            targets.resolve(uri);
        } catch (TargetPolicy.Refused refused) {
            violations.add(new FieldViolation("url", refused.getMessage()));
        }
        for (String context : input.filter().contexts()) {
            if (!Filter.CONTEXTS.contains(context)) {
                violations.add(new FieldViolation("filter.contexts", "'" + context + "' is not one of " + Filter.CONTEXTS));
            }
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
    }

    private static void apply(WebhookSubscriptionEntity s, Subscription input) {
        s.url = input.url();
        s.description = input.description();
        s.eventTypes = new ArrayList<>(input.filter().eventTypes());
        s.subjects = new ArrayList<>(input.filter().subjects());
        s.organizations = new ArrayList<>(input.filter().organizations());
        s.contexts = new ArrayList<>(input.filter().contexts());
        s.enabled = input.enabled();
    }
}
