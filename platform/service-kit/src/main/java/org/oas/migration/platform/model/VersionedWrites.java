package org.oas.migration.platform.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.hibernate.Session;
import org.oas.migration.platform.http.EntityTags;
import org.oas.migration.platform.outbox.Outbox;

/**
 * The steps every versioned aggregate's writes share, in one place: a creation is stamped, stored and announced; a
 * replacement honours If-Match and, when it changed something, gets a new version and an {@code updated} event; a
 * soft deletion honours If-Match and announces what was deleted. The aggregate's own rules stay in the lambdas.
 */
@ApplicationScoped
public class VersionedWrites {

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    /** Stamps {@code entity}, lets {@code write} fill it, stores it and records its {@code created} event. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E extends VersionedEntity> E create(String resource, E entity, Consumer<E> write, Function<E, ?> event) {
        entity.stampCreated();
        write.accept(entity);
        em.persist(entity);
        return publish(resource, "created", entity, event);
    }

    /**
     * Checks If-Match, then lets {@code write} apply the change; {@code write} answers false when the stored
     * aggregate already equals the request, which then changes nothing (no new version, no event).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E extends VersionedEntity> E replace(String resource, E entity, String ifMatch, Predicate<E> write,
                                                 Function<E, ?> event) {
        EntityTags.requireMatch(ifMatch, entity.version);
        if (!write.test(entity)) {
            return entity;
        }
        entity.stampUpdated();
        return publish(resource, "updated", entity, event);
    }

    /**
     * {@link #replace} for an aggregate whose {@code write} just sets its fields: whether anything changed is what
     * Hibernate finds dirty afterwards.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E extends VersionedEntity> E replaceIfDirty(String resource, E entity, String ifMatch, Consumer<E> write,
                                                        Function<E, ?> event) {
        return replace(resource, entity, ifMatch, e -> {
            write.accept(e);
            return em.unwrap(Session.class).isDirty();
        }, event);
    }

    /** Checks If-Match, marks {@code entity} deleted and records its {@code deleted} event ({@code deletion}'s body). */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E extends VersionedEntity> void delete(String resource, E entity, String ifMatch, Function<E, ?> deletion) {
        EntityTags.requireMatch(ifMatch, entity.version);
        entity.deletedAt = VersionedEntity.now();
        entity.stampUpdated();
        em.flush();
        outbox.record(resource, "deleted", entity.id, deletion.apply(entity));
    }

    /**
     * Flushes first, so the event carries the version the change was stored under; {@code event} runs after the
     * flush, so it may also write rows that need the stored aggregate.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E extends VersionedEntity> E publish(String resource, String action, E entity, Function<E, ?> event) {
        em.flush();
        outbox.record(resource, action, entity.id, event.apply(entity));
        return entity;
    }
}
