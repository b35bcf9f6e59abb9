package org.oas.migration.organizations.webhook.persistence;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.oas.migration.platform.paging.KeyType;
import org.oas.migration.platform.paging.Keyset;
import org.oas.migration.platform.paging.Page;
import org.oas.migration.platform.paging.PageRequest;

/** The keyset-paged lists: subscriptions in creation order (v7 ids), a subscription's deliveries newest first. */
@ApplicationScoped
public class WebhookLists {

    private static final Keyset SUBSCRIPTIONS = Keyset.of("webhooks-by-creation", KeyType.UUID);
    private static final Keyset DELIVERIES = Keyset.of("webhook-deliveries-newest-first", KeyType.LONG);

    /** Live subscriptions; only those of {@code ownerOrganization} when it is not null (a partner's). */
    public Page<WebhookSubscriptionEntity> subscriptions(String ownerOrganization, PageRequest page) {
        List<Object> after = SUBSCRIPTIONS.after(page);
        StringBuilder where = new StringBuilder("deletedAt is null");
        Parameters parameters = new Parameters();
        if (ownerOrganization != null) {
            where.append(" and ownerOrganization = :owner");
            parameters.and("owner", ownerOrganization);
        }
        if (!after.isEmpty()) {
            where.append(" and id > :after");
            parameters.and("after", after.get(0));
        }
        List<WebhookSubscriptionEntity> rows = WebhookSubscriptionEntity.<WebhookSubscriptionEntity>find(
                where + " order by id", parameters).page(0, page.fetchSize()).list();
        return Page.of(rows, page, row -> SUBSCRIPTIONS.cursor(row.id));
    }

    /** The delivery log of one subscription, newest first, of one status when {@code status} is not null. */
    public Page<WebhookDeliveryEntity> deliveries(UUID subscriptionId, String status, PageRequest page) {
        List<Object> after = DELIVERIES.after(page);
        StringBuilder where = new StringBuilder("subscriptionId = :subscription");
        Parameters parameters = Parameters.with("subscription", subscriptionId);
        if (status != null) {
            where.append(" and status = :status");
            parameters.and("status", status);
        }
        if (!after.isEmpty()) {
            where.append(" and seq < :after");
            parameters.and("after", after.get(0));
        }
        List<WebhookDeliveryEntity> rows = WebhookDeliveryEntity.<WebhookDeliveryEntity>find(
                where + " order by seq desc", parameters).page(0, page.fetchSize()).list();
        return Page.of(rows, page, row -> DELIVERIES.cursor(row.seq));
    }
}
