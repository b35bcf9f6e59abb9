package org.oas.migration.platform.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.oas.migration.platform.ids.UuidV7;
import org.oas.migration.platform.problem.ApiException;
import org.oas.migration.platform.problem.ProblemType;

/** Finds a resource by the id in a path: 404 when there is none (or the id is not a UUID), 410 once deleted. */
@ApplicationScoped
public class LiveEntities {

    @Inject
    EntityManager em;

    public <E extends VersionedEntity> E require(Class<E> type, String id, String label) {
        UUID uuid = UuidV7.parseOrNull(id);
        E entity = uuid == null ? null : em.find(type, uuid);
        if (entity == null) {
            throw ApiException.notFound(label + " '" + id + "'");
        }
        if (entity.isDeleted()) {
            throw new ApiException(ProblemType.GONE, label + " '" + id + "' was deleted");
        }
        return entity;
    }
}
