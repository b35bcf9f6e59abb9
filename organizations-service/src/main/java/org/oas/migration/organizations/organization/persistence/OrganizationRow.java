package org.oas.migration.organizations.organization.persistence;

/** One organization of a list page, with its parent's code and the sort key its cursor is made of. */
public record OrganizationRow(OrganizationEntity entity, String parentCode, String sortKey) {
}
