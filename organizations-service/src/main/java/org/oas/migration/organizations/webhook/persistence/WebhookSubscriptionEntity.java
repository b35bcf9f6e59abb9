package org.oas.migration.organizations.webhook.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.oas.migration.platform.model.VersionedEntity;

/**
 * A registered webhook: where to deliver, which events (each non-empty filter list must match), the signing secrets
 * and whether it is enabled (and why not). Secrets are stored as they are: they must be at hand to sign.
 */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscriptionEntity extends VersionedEntity {

    /** The client (token subject) that registered it. */
    @Column(name = "owner_client_id", nullable = false, updatable = false)
    public String ownerClientId;

    /** The organization (code) of the partner that registered it: its partners manage it. Null for admins'. */
    @Column(name = "owner_organization", updatable = false)
    public String ownerOrganization;

    @Column(nullable = false)
    public String url;

    public String description;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "event_types", nullable = false)
    public List<String> eventTypes = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> subjects = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> organizations = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> contexts = new ArrayList<>();

    @Column(nullable = false)
    public String secret;

    @Column(name = "previous_secret")
    public String previousSecret;

    @Column(name = "previous_secret_expires_at")
    public OffsetDateTime previousSecretExpiresAt;

    @Column(nullable = false)
    public boolean enabled = true;

    @Column(name = "disabled_at")
    public OffsetDateTime disabledAt;

    @Column(name = "disabled_reason")
    public String disabledReason;

    /** When the current run of failed attempts began; null while deliveries succeed. */
    @Column(name = "failing_since")
    public OffsetDateTime failingSince;

    /** The secrets that sign a delivery at {@code now}: the current one, and the previous one during its overlap. */
    public List<String> signingSecrets(OffsetDateTime now) {
        return previousSecret != null && previousSecretExpiresAt != null && now.isBefore(previousSecretExpiresAt)
                ? List.of(secret, previousSecret) : List.of(secret);
    }
}
