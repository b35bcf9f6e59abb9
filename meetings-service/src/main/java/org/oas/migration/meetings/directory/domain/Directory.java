package org.oas.migration.meetings.directory.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.oas.migration.meetings.directory.persistence.DirectoryOrganization;
import org.oas.migration.meetings.directory.persistence.DirectoryPerson;
import org.oas.migration.platform.ids.UuidV7;
import org.oas.migration.platform.sql.Jsonb;

/** Looks up organizations and people in the local directory. */
@ApplicationScoped
public class Directory {

    @Inject
    EntityManager em;

    public Optional<DirectoryOrganization> organization(String code) {
        return code == null ? Optional.empty() : DirectoryOrganization.liveByCode(code);
    }

    public Optional<DirectoryOrganization> organization(UUID id) {
        return id == null ? Optional.empty()
                : DirectoryOrganization.<DirectoryOrganization>findByIdOptional(id).filter(o -> !o.deleted);
    }

    /** How to show a stored reference: current names if the directory knows the organization. */
    public OrganizationRef ref(UUID id, String code) {
        return organization(id).map(OrganizationRef::of)
                .orElseGet(() -> DirectoryOrganization.<DirectoryOrganization>findByIdOptional(id).map(OrganizationRef::of)
                        .orElse(OrganizationRef.unknown(id, code)));
    }

    /** A live organization by code, or a 400 naming the field. */
    public DirectoryOrganization requireOrganization(String code, String field) {
        return organization(code).orElseThrow(() -> org.oas.migration.platform.problem.ApiException.invalid(field,
                "no organization '" + code + "' is known here (the registry's organizations.v1 feed)"));
    }

    /** A person by id or by an external identifier written {@code scheme:value} (e.g. {@code oas-seed:lisa-shoman}). */
    @SuppressWarnings("unchecked")
    public Optional<DirectoryPerson> person(String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        UUID id = UuidV7.parseOrNull(reference);
        if (id != null) {
            return DirectoryPerson.<DirectoryPerson>findByIdOptional(id).filter(p -> !p.deleted);
        }
        int colon = reference.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        List<DirectoryPerson> found = em.createNativeQuery(
                        "SELECT * FROM directory_person WHERE identifiers @> cast(?1 AS jsonb) AND NOT deleted", DirectoryPerson.class)
                .setParameter(1, Jsonb.identifier(reference.substring(0, colon), reference.substring(colon + 1)))
                .getResultList();
        return found.stream().findFirst();
    }
}
