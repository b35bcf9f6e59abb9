package org.oas.migration.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.oas.migration.platform.problem.ApiException;

/** Who is calling: their role, client id and, for partners, the organization they act for. */
@RequestScoped
public class Caller {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    /** The client id (token subject), or "anonymous". */
    public String clientId() {
        return identity.isAnonymous() || token.getSubject() == null ? "anonymous" : token.getSubject();
    }

    public Optional<String> organization() {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        Object org = token.getClaim(Roles.ORG_CLAIM);
        return org == null ? Optional.empty() : Optional.of(org.toString().replace("\"", ""));
    }

    /** True for admins, and for partners acting for exactly this organization. */
    public boolean mayWriteFor(String organizationCode) {
        return isAdmin() || (identity.hasRole(Roles.PARTNER) && organization().filter(organizationCode::equals).isPresent());
    }

    public void requireWriteFor(String organizationCode) {
        if (!mayWriteFor(organizationCode)) {
            throw ApiException.forbidden("A partner token may only change what belongs to its own organization ("
                    + organization().orElse("none") + ")");
        }
    }
}
