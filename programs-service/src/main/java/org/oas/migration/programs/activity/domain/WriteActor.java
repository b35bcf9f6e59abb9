package org.oas.migration.programs.activity.domain;

/**
 * Who writes, detached from the request (imports may outlive it): the token subject, the token's {@code org} claim
 * (a partner's own organization; an admin token's may be the secretariat's, or {@code null}) and whether it is an admin.
 */
public record WriteActor(String clientId, String organizationCode, boolean admin) {
}
