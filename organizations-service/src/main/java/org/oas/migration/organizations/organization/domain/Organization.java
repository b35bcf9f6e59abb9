package org.oas.migration.organizations.organization.domain;

import java.util.List;
import java.util.Map;
import org.oas.migration.organizations.organization.persistence.MemberCountry;
import org.oas.migration.organizations.organization.persistence.OrganizationEntity;
import org.oas.migration.platform.text.Identifier;

/**
 * An organization as an admin (or, for its own record, a partner) describes it: what the domain writes and
 * compares ("the same organization twice" changes nothing). The wire input maps onto it in rest.
 */
public record Organization(String code, OrganizationType type, Map<String, String> names, Map<String, String> acronyms,
                           Map<String, String> description, String parentCode, String country, String website,
                           List<Identifier> identifiers, List<MemberCountry> memberCountries) {

    public Organization {
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        memberCountries = memberCountries == null ? List.of() : List.copyOf(memberCountries);
    }

    /** What is stored, described the same way (the base a merge patch applies to). */
    public static Organization of(OrganizationEntity e, String parentCode) {
        return new Organization(e.code, OrganizationType.fromValue(e.type), e.names, e.acronyms, e.description, parentCode,
                e.country, e.website, e.identifiers, e.memberCountries);
    }

    /** The same organization under this code (a PUT takes it from the path). */
    public Organization withCode(String newCode) {
        return new Organization(newCode, type, names, acronyms, description, parentCode, country, website, identifiers, memberCountries);
    }
}
