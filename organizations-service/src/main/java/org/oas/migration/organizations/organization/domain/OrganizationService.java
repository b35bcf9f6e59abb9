package org.oas.migration.organizations.organization.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.oas.migration.organizations.organization.persistence.OrganizationEntity;
import org.oas.migration.organizations.organization.persistence.OrganizationRepository;
import org.oas.migration.platform.http.EntityTags;
import org.oas.migration.platform.ids.UuidV7;
import org.oas.migration.platform.model.VersionedEntity;
import org.oas.migration.platform.outbox.Outbox;
import org.oas.migration.platform.problem.ApiException;
import org.oas.migration.platform.problem.FieldViolation;
import org.oas.migration.platform.problem.ProblemType;
import org.oas.migration.platform.security.Caller;
import org.oas.migration.platform.sql.SearchReindex;
import org.oas.migration.platform.text.Identifier;

/** Writes to the registry: every change is validated whole, then stored with its event in one transaction. */
@ApplicationScoped
public class OrganizationService {

    public static final String RESOURCE = "organization";

    @Inject
    OrganizationRepository repository;

    @Inject
    Outbox outbox;

    @Inject
    Caller caller;

    @Inject
    Event<OrganizationRetired> retired;

    /** An organization by id or code, live or not (callers decide how to answer for deleted and merged ones). */
    public OrganizationEntity require(String idOrCode) {
        UUID id = UuidV7.parseOrNull(idOrCode);
        return (id != null ? repository.findByIdOptional(id) : repository.findByCode(idOrCode))
                .orElseThrow(() -> ApiException.notFound("Organization '" + idOrCode + "'"));
    }

    public OrganizationView view(OrganizationEntity entity) {
        return OrganizationView.of(entity, repository.codeOf(entity.parentId).orElse(null));
    }

    @Transactional
    public OrganizationView create(Organization input) {
        requireAdmin();
        if (input.code() == null) {
            throw ApiException.invalid("code", "must not be null");
        }
        repository.findByCode(input.code()).ifPresent(holder -> {
            throw ApiException.conflict(holder.isDeleted() ? "Code '" + input.code() + "' belonged to an organization that was deleted "
                    + "or merged; codes are not reused" : "An organization with code '" + input.code() + "' already exists");
        });
        OrganizationEntity entity = new OrganizationEntity();
        entity.code = input.code();
        entity.stampCreated();
        write(entity, input);
        repository.persist(entity);
        return publish(entity, "created");
    }

    @Transactional
    public OrganizationView replace(OrganizationEntity entity, Organization input, String ifMatch) {
        caller.requireWriteFor(entity.code);
        requireLive(entity);
        EntityTags.requireMatch(ifMatch, entity.version);
        if (input.code() != null && !input.code().equals(entity.code)) {
            throw ApiException.invalid("code", "an organization's code cannot change (it is '" + entity.code + "')");
        }
        String parentCode = repository.codeOf(entity.parentId).orElse(null);
        if (Organization.of(entity, parentCode).equals(input.withCode(entity.code))) {
            return OrganizationView.of(entity, parentCode);
        }
        if (!caller.isAdmin() && !(entity.type.equals(input.type().value()) && Objects.equals(parentCode, input.parentCode()))) {
            throw ApiException.forbidden("Only an admin may change an organization's type or place in the hierarchy");
        }
        write(entity, input);
        entity.stampUpdated();
        return publish(entity, "updated");
    }

    @Transactional
    public void delete(OrganizationEntity entity, String ifMatch) {
        requireAdmin();
        requireLive(entity);
        EntityTags.requireMatch(ifMatch, entity.version);
        if (repository.count("parentId = ?1 and deletedAt is null", entity.id) > 0) {
            throw ApiException.conflict("Organization '" + entity.code + "' still has live sub-organizations; move or delete them first");
        }
        retire(entity, null);
    }

    /**
     * Soft-deletes {@code entity} and points it at {@code target}: its GET then redirects there. The target takes
     * over its identifiers (and its acronyms in languages the target has none for) and its live sub-organizations;
     * every row changed gets a new version and its own event.
     */
    @Transactional
    public OrganizationView merge(OrganizationEntity entity, String targetIdOrCode) {
        requireAdmin();
        requireLive(entity);
        OrganizationEntity target = require(targetIdOrCode);
        requireLive(target);
        if (repository.isSelfOrDescendant(target.id, entity.id)) {
            throw new ApiException(ProblemType.CONFLICT, "Merging '" + entity.code + "' into '" + target.code + "' would make a cycle",
                    List.of(new FieldViolation("into", "'" + target.code + "' is '" + entity.code + "' itself or below it")), Map.of());
        }
        List<OrganizationEntity> children = repository.list("parentId = ?1 and deletedAt is null", entity.id);
        for (OrganizationEntity child : children) {
            child.parentId = target.id;
            child.stampUpdated();
        }
        absorb(target, entity);
        target.stampUpdated();
        retire(entity, target.id);
        children.forEach(child -> outbox.record(RESOURCE, "updated", child.id, view(child)));
        return publish(target, "updated");
    }

    /** Deletes (or merges away) a live organization: its event, and whatever acted for it stops in this transaction. */
    private void retire(OrganizationEntity entity, UUID mergedIntoId) {
        entity.mergedIntoId = mergedIntoId;
        entity.deletedAt = VersionedEntity.now();
        entity.stampUpdated();
        retired.fire(new OrganizationRetired(entity.id, entity.code));
        repository.flush();
        outbox.record(RESOURCE, "deleted", entity.id, new Deletion(entity.id, entity.code, entity.version, mergedIntoId));
    }

    /** The merged organization's identifiers, and its acronyms where the survivor has none, now name the survivor. */
    private static void absorb(OrganizationEntity survivor, OrganizationEntity merged) {
        List<Identifier> identifiers = new ArrayList<>(survivor.identifiers);
        merged.identifiers.stream().filter(identifier -> !identifiers.contains(identifier)).forEach(identifiers::add);
        survivor.identifiers = identifiers;
        if (merged.acronyms != null) {
            Map<String, String> acronyms = new LinkedHashMap<>(merged.acronyms);
            if (survivor.acronyms != null) {
                acronyms.putAll(survivor.acronyms);
            }
            survivor.acronyms = acronyms;
            survivor.index();
        }
    }

    private void write(OrganizationEntity entity, Organization input) {
        List<FieldViolation> violations = new ArrayList<>();
        entity.parentId = resolveParent(entity, input.parentCode(), violations);
        checkIdentifiers(entity, input.identifiers(), violations);
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        apply(input, entity);
    }

    private UUID resolveParent(OrganizationEntity entity, String parentCode, List<FieldViolation> violations) {
        if (parentCode == null) {
            return null;
        }
        OrganizationEntity parent = repository.liveByCode(parentCode).orElse(null);
        if (parent == null) {
            violations.add(new FieldViolation("parentCode", "no live organization has code '" + parentCode + "'"));
            return null;
        }
        if (entity.id != null && repository.isSelfOrDescendant(parent.id, entity.id)) {
            violations.add(new FieldViolation("parentCode", "'" + parentCode + "' is this organization or below it"));
            return null;
        }
        return parent.id;
    }

    private void checkIdentifiers(OrganizationEntity entity, List<Identifier> identifiers, List<FieldViolation> violations) {
        Set<Identifier> seen = new HashSet<>();
        for (int i = 0; i < identifiers.size(); i++) {
            Identifier identifier = identifiers.get(i);
            if (!seen.add(identifier)) {
                violations.add(new FieldViolation("identifiers[" + i + "]", "listed twice"));
                continue;
            }
            repository.holderOfIdentifier(identifier.scheme(), identifier.value(), entity.id).ifPresent(holder -> {
                throw ApiException.conflict("Identifier " + identifier.scheme() + ":" + identifier.value()
                        + " already belongs to organization '" + holder.code + "'");
            });
        }
    }

    /** Stored organizations indexed by an older version of the search text are re-indexed before the service serves. */
    void reindex(@Observes StartupEvent start, EntityManager em, ObjectMapper json) {
        SearchReindex.run(em, "organization", "search_source = cast(?1 AS jsonb)", id -> {
            OrganizationEntity e = em.find(OrganizationEntity.class, id);
            try {
                return List.of(json.writeValueAsString(OrganizationEntity.searchSource(e.names, e.acronyms, e.description)));
            } catch (JsonProcessingException ex) {
                throw new IllegalStateException(ex);
            }
        });
    }

    /** What is stored of this organization, as the domain describes it. */
    public Organization described(OrganizationEntity entity) {
        return Organization.of(entity, repository.codeOf(entity.parentId).orElse(null));
    }

    private static void apply(Organization input, OrganizationEntity e) {
        e.type = input.type().value();
        e.names = input.names();
        e.acronyms = input.acronyms();
        e.description = input.description();
        e.index();
        e.country = input.country();
        e.website = input.website();
        e.identifiers = input.identifiers();
        e.memberCountries = input.memberCountries();
    }

    private OrganizationView publish(OrganizationEntity entity, String action) {
        repository.flush();
        OrganizationView view = view(entity);
        outbox.record(RESOURCE, action, entity.id, view);
        return view;
    }

    private void requireAdmin() {
        if (!caller.isAdmin()) {
            throw ApiException.forbidden("Only an admin may create, delete or merge organizations");
        }
    }

    private static void requireLive(OrganizationEntity entity) {
        if (entity.isDeleted()) {
            throw new ApiException(ProblemType.GONE, "Organization '" + entity.code + "' was deleted");
        }
    }

    /** The payload of a deletion event: enough to drop the resource from a projection. */
    public record Deletion(UUID id, String code, long version, UUID mergedIntoId) {
    }
}
