package org.oas.migration.organizations.client.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Optional;
import java.util.UUID;
import org.oas.migration.platform.model.VersionedEntity;

/** A registered API client. Its secret is never stored, only a bcrypt hash of it. */
@Entity
@Table(name = "partner_client")
public class PartnerClientEntity extends VersionedEntity {

    @Column(name = "client_id", nullable = false, updatable = false)
    public String clientId;

    @Column(nullable = false)
    public String name;

    /** Null for admin clients that act for the secretariat as a whole. */
    @Column(name = "organization_id")
    public UUID organizationId;

    @Column(nullable = false)
    public String role;

    @Column(name = "secret_hash", nullable = false)
    public String secretHash;

    /** The live (not revoked) client with this client id. */
    public static Optional<PartnerClientEntity> liveByClientId(String clientId) {
        return find(liveWhere("clientId = ?1"), clientId).firstResultOptional();
    }
}
