package org.oas.migration.organizations.organization.persistence;

/** One organization of a list page, with the sort key its cursor is made of. */
public record OrganizationRow(OrganizationListItem item, String sortKey) {
}
