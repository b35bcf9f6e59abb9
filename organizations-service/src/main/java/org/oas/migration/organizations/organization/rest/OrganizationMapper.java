package org.oas.migration.organizations.organization.rest;

import org.oas.migration.organizations.organization.domain.Organization;

/** The wire input and the domain's organization, both ways. */
public final class OrganizationMapper {

    private OrganizationMapper() {
    }

    public static Organization toOrganization(OrganizationInput in) {
        return new Organization(in.code(), in.type(), in.names(), in.acronyms(), in.description(), in.parentCode(),
                in.country(), in.website(), in.identifiers(), in.memberCountries());
    }

    /** The input that would reproduce this organization (the base a merge patch applies to). */
    public static OrganizationInput toInput(Organization o) {
        return new OrganizationInput(o.code(), o.type(), o.names(), o.acronyms(), o.description(), o.parentCode(),
                o.country(), o.website(), o.identifiers(), o.memberCountries());
    }
}
