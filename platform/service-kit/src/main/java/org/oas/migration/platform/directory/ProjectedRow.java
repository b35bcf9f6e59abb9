package org.oas.migration.platform.directory;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A row copied from another context's events: its id, the version last applied, and whether it was deleted there.
 * An event not newer than the row changes nothing, so redelivery and replays are harmless.
 */
@MappedSuperclass
public abstract class ProjectedRow extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public long version;

    @Column(nullable = false)
    public boolean deleted;

    /**
     * Applies an event to the row held ({@code held}, or a {@code fresh} one when none is held): nothing when it is not
     * newer (a deletion of what is not held included); else the row takes its id, version and deletion, {@code fill}
     * copies the rest (not for a deletion, which keeps the last known values) and the row is persisted.
     */
    public static <R extends ProjectedRow> void project(RegistryEvent event, R held, Supplier<R> fresh, Consumer<R> fill) {
        if (held == null ? event.deleted() : held.version >= event.version()) {
            return;
        }
        R row = held == null ? fresh.get() : held;
        row.id = event.id();
        row.version = event.version();
        row.deleted = event.deleted();
        if (!event.deleted()) {
            fill.accept(row);
        }
        row.persist();
    }
}
