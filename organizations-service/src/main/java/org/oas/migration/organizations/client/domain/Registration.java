package org.oas.migration.organizations.client.domain;

/** A client to register: the organization it acts for (required for partners), a name, a role. */
public record Registration(String organizationCode, String name, String role) {
}
