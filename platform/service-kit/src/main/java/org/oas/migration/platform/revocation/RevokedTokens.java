package org.oas.migration.platform.revocation;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Refuses, on every authenticated request, a bearer token whose subject was revoked at or after the token was
 * issued: authentication fails, so the answer is the platform's 401 problem+json.
 */
@ApplicationScoped
public class RevokedTokens implements SecurityIdentityAugmentor {

    @Inject
    Revocations revocations;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken token
                && revocations.isRevoked(token.getSubject(), token.getIssuedAtTime())) {
            return Uni.createFrom().failure(new AuthenticationFailedException("The token's client was revoked"));
        }
        return Uni.createFrom().item(identity);
    }
}
