package org.oas.migration.organizations.person.rest;

import org.oas.migration.organizations.person.domain.Person;

/** The wire input and the domain's person, both ways. */
public final class PersonMapper {

    private PersonMapper() {
    }

    public static Person toPerson(PersonInput input) {
        return new Person(input.name(), input.honorificPrefix(), input.identifiers(), input.membershipsOrEmpty().stream()
                .map(m -> new Person.Post(m.organizationCode(), m.role(), m.startDate(), m.endDate())).toList());
    }

    public static PersonInput toInput(Person person) {
        return new PersonInput(person.name(), person.honorificPrefix(), person.identifiers(), person.memberships().stream()
                .map(m -> new MembershipInput(m.organizationCode(), m.role(), m.startDate(), m.endDate())).toList());
    }
}
