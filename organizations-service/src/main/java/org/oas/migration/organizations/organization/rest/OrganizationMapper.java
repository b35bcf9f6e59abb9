package org.oas.migration.organizations.organization.rest;

import java.util.List;
import org.oas.migration.organizations.organization.domain.OrganizationType;
import org.oas.migration.organizations.organization.persistence.OrganizationEntity;

/** Entity to wire and back; the only place that knows both shapes. */
public final class OrganizationMapper {

    private OrganizationMapper() {
    }

    public static OrganizationView toView(OrganizationEntity e, String parentCode) {
        return new OrganizationView(e.id, e.code, OrganizationType.fromValue(e.type), e.names, e.acronyms,
                e.description, e.parentId, parentCode, e.country, e.website, List.copyOf(e.identifiers),
                List.copyOf(e.memberCountries), e.mergedIntoId, e.version, e.createdAt, e.updatedAt);
    }

    /** The input that would reproduce this organization (the base a merge patch applies to). */
    public static OrganizationInput toInput(OrganizationEntity e, String parentCode) {
        return new OrganizationInput(e.code, OrganizationType.fromValue(e.type), e.names, e.acronyms, e.description,
                parentCode, e.country, e.website, List.copyOf(e.identifiers), List.copyOf(e.memberCountries));
    }

    public static void apply(OrganizationInput input, OrganizationEntity e) {
        e.type = input.type().value();
        e.names = input.names();
        e.acronyms = input.acronyms();
        e.description = input.description();
        e.country = input.country();
        e.website = input.website();
        e.identifiers = List.copyOf(input.identifiersOrEmpty());
        e.memberCountries = List.copyOf(input.memberCountriesOrEmpty());
    }
}
