package org.oas.migration.organizations.person.rest;

import java.util.List;
import org.oas.migration.organizations.person.domain.Membership;
import org.oas.migration.organizations.person.persistence.PersonEntity;

public final class PersonMapper {

    private PersonMapper() {
    }

    public static PersonView toView(PersonEntity e) {
        return new PersonView(e.id, e.name, e.honorificPrefix, List.copyOf(e.identifiers), List.copyOf(e.memberships),
                e.version, e.createdAt, e.updatedAt);
    }

    public static PersonInput toInput(PersonEntity e) {
        return new PersonInput(e.name, e.honorificPrefix, List.copyOf(e.identifiers), e.memberships.stream()
                .map(m -> new MembershipInput(m.organizationCode(), m.role(), m.startDate(), m.endDate())).toList());
    }

    public static void apply(PersonInput input, List<Membership> memberships, PersonEntity e) {
        e.name = input.name().trim();
        e.honorificPrefix = input.honorificPrefix();
        e.identifiers = List.copyOf(input.identifiersOrEmpty());
        e.memberships = List.copyOf(memberships);
    }
}
