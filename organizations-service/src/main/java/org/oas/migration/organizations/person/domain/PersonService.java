package org.oas.migration.organizations.person.domain;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.oas.migration.organizations.organization.persistence.OrganizationEntity;
import org.oas.migration.organizations.organization.persistence.OrganizationRepository;
import org.oas.migration.organizations.person.persistence.Membership;
import org.oas.migration.organizations.person.persistence.PersonEntity;
import org.oas.migration.organizations.person.persistence.PersonRepository;
import org.oas.migration.platform.model.LiveEntities;
import org.oas.migration.platform.model.VersionedWrites;
import org.oas.migration.platform.problem.ApiException;
import org.oas.migration.platform.problem.FieldViolation;
import org.oas.migration.platform.sql.SearchReindex;
import org.oas.migration.platform.text.SearchText;

/** People and their posts; memberships must name live organizations. */
@ApplicationScoped
public class PersonService {

    public static final String RESOURCE = "person";

    @Inject
    PersonRepository people;

    @Inject
    OrganizationRepository organizations;

    @Inject
    VersionedWrites writes;

    @Inject
    LiveEntities live;

    public PersonEntity requireLive(String id) {
        return live.require(PersonEntity.class, id, "Person");
    }

    @Transactional
    public PersonView create(Person input) {
        List<Membership> memberships = resolve(input.memberships());
        return PersonView.of(writes.create(RESOURCE, new PersonEntity(), person -> apply(input, memberships, person), PersonView::of));
    }

    @Transactional
    public PersonView replace(PersonEntity person, Person input, String ifMatch) {
        return PersonView.of(writes.replace(RESOURCE, person, ifMatch, p -> {
            List<Membership> memberships = resolve(input.memberships());
            if (Person.of(p).equals(input)) {
                return false;
            }
            apply(input, memberships, p);
            return true;
        }, PersonView::of));
    }

    @Transactional
    public void delete(PersonEntity person, String ifMatch) {
        writes.delete(RESOURCE, person, ifMatch, p -> new Deletion(p.id, p.version));
    }

    /** Stored people indexed by an older version of the search text are re-indexed before the service serves. */
    void reindex(@Observes StartupEvent start, EntityManager em) {
        SearchReindex.run(em, "person", "search_name = ?1, search_memberships = ?2", id -> {
            PersonEntity e = em.find(PersonEntity.class, id);
            return List.of(SearchText.normalise(e.name), PersonEntity.searchMemberships(e.memberships));
        });
    }

    private static void apply(Person input, List<Membership> memberships, PersonEntity e) {
        e.name = input.name();
        e.honorificPrefix = input.honorificPrefix();
        e.identifiers = input.identifiers();
        e.memberships = List.copyOf(memberships);
        e.index();
    }

    private List<Membership> resolve(List<Person.Post> inputs) {
        List<Membership> memberships = new ArrayList<>();
        List<FieldViolation> violations = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Person.Post input = inputs.get(i);
            OrganizationEntity organization = organizations.liveByCode(input.organizationCode()).orElse(null);
            if (organization == null) {
                violations.add(new FieldViolation("memberships[" + i + "].organizationCode",
                        "no live organization has code '" + input.organizationCode() + "'"));
                continue;
            }
            memberships.add(new Membership(organization.id, organization.code, input.role(), input.startDate(), input.endDate()));
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        return memberships;
    }

    public record Deletion(UUID id, long version) {
    }
}
