package org.oas.migration.organizations.auth.domain;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.oas.migration.platform.security.Roles;

/** Issues RS256 access tokens: subject = client id, {@code groups} = its role, {@code org} = its organization. */
@ApplicationScoped
public class TokenIssuer {

    @Inject
    AuthConfig config;

    @Inject
    SigningKey key;

    public IssuedToken issue(String clientId, String role, String organizationCode) {
        long lifetime = config.tokenLifetime().toSeconds();
        JwtClaimsBuilder claims = Jwt.issuer(config.issuer()).subject(clientId).groups(Set.of(role)).expiresIn(lifetime);
        if (organizationCode != null) {
            claims.claim(Roles.ORG_CLAIM, organizationCode);
        }
        String token = claims.jws().keyId(key.keyId()).algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256)
                .sign(key.privateKey());
        return new IssuedToken(token, lifetime);
    }

    public record IssuedToken(String value, long expiresInSeconds) {
    }
}
