package org.oas.migration.organizations.client.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.oas.migration.platform.model.VersionedEntity;

/** A registered API client. Its secret is never stored, only a bcrypt hash of it. */
@Entity
@Table(name = "partner_client")
public class PartnerClientEntity extends VersionedEntity {

    @Column(name = "client_id", nullable = false, unique = true, updatable = false)
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
}
