package org.oas.migration.organizations.person.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.oas.migration.organizations.person.persistence.PersonEntity;
import org.oas.migration.platform.text.Identifier;

/** A person as an admin describes them: what the domain writes and compares ("the same person twice" changes nothing). */
public record Person(String name, Map<String, String> honorificPrefix, List<Identifier> identifiers, List<Post> memberships) {

    /** A post to record, its organization named by code. */
    public record Post(String organizationCode, Map<String, String> role, LocalDate startDate, LocalDate endDate) {
    }

    public Person {
        name = name == null ? null : name.trim();
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        memberships = memberships == null ? List.of() : List.copyOf(memberships);
    }

    /** What is stored, described the same way (the base a merge patch applies to). */
    public static Person of(PersonEntity e) {
        return new Person(e.name, e.honorificPrefix, e.identifiers, e.memberships.stream()
                .map(m -> new Post(m.organizationCode(), m.role(), m.startDate(), m.endDate())).toList());
    }
}
