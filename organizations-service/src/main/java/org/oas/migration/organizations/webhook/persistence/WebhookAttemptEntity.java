package org.oas.migration.organizations.webhook.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/** One attempt of a delivery: the receiver's status and bounded answer, or why nothing was sent. */
@Entity
@Table(name = "webhook_attempt")
public class WebhookAttemptEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "delivery_id", nullable = false, updatable = false)
    public UUID deliveryId;

    @Column(name = "attempted_at", nullable = false, updatable = false)
    public OffsetDateTime attemptedAt;

    @Column(name = "status_code", updatable = false)
    public Integer statusCode;

    @Column(name = "latency_ms", nullable = false, updatable = false)
    public int latencyMs;

    @Column(updatable = false)
    public String response;

    @Column(updatable = false)
    public String error;

    /** The last {@code most} attempts of a delivery, oldest first. */
    public static List<WebhookAttemptEntity> lastOf(UUID deliveryId, int most) {
        List<WebhookAttemptEntity> newestFirst = new ArrayList<>(
                WebhookAttemptEntity.<WebhookAttemptEntity>find("deliveryId = ?1 order by id desc", deliveryId).page(0, most).list());
        Collections.reverse(newestFirst);
        return newestFirst;
    }
}
