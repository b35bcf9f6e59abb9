package org.oas.migration.programs.activity.domain;

/**
 * Who writes, detached from the request (imports may outlive it): the token subject, the organization code of
 * a partner token ({@code null} for admins) and whether it is an admin.
 */
public record WriteActor(String clientId, String organizationCode, boolean admin) {
}
