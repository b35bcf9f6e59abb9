package org.oas.migration.organizations.organization.persistence;

/** One organization of a list page, with the first part of its sort key (name key or rank) its cursor is made of. */
record OrganizationRow(OrganizationListItem item, Object sortKey) {
}
