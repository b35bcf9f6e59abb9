package org.oas.migration.platform.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.oas.migration.platform.ids.UuidV7;

/**
 * What every resource carries: a service-assigned v7 id, an optimistic-lock version (also its ETag), its
 * creation and update times, and a soft-deletion time.
 *
 * <p>Soft delete and natural keys work one way in every service: a natural key (a code, a symbol, an external id)
 * is unique among live rows only (a partial unique index {@code ... WHERE deleted_at IS NULL}), and a lookup by key
 * sees live rows only ({@link #liveWhere}). Whether a deleted resource's key may be taken again is the service's rule.
 */
@MappedSuperclass
public abstract class VersionedEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "deleted_at")
    public OffsetDateTime deletedAt;

    /** Stamps a new entity; timestamps are cut to the database's microsecond precision. */
    public void stampCreated() {
        id = id == null ? UuidV7.next() : id;
        createdAt = now();
        updatedAt = createdAt;
    }

    public void stampUpdated() {
        updatedAt = now();
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    /** A Panache (JPQL) condition narrowed to live rows: what every lookup by natural key goes through. */
    public static String liveWhere(String condition) {
        return "(" + condition + ") and deletedAt is null";
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
    }
}
