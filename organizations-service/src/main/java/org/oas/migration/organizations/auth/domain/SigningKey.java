package org.oas.migration.organizations.auth.domain;

import io.smallrye.jwt.util.KeyUtils;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.oas.migration.platform.problem.ApiException;
import org.oas.migration.platform.problem.ProblemType;

/**
 * The RS256 key tokens are signed with, from configuration (a PEM file or classpath resource). The public half
 * and its key id (RFC 7638 thumbprint) are derived from it and published as the JWKS.
 */
@ApplicationScoped
public class SigningKey {

    private final Optional<String> location;
    private volatile Loaded loaded;

    SigningKey(@ConfigProperty(name = "smallrye.jwt.sign.key.location") Optional<String> location) {
        this.location = location;
    }

    public PrivateKey privateKey() {
        return load().privateKey();
    }

    public String keyId() {
        return load().jwk().getKeyId();
    }

    public Map<String, Object> publicJwk() {
        return load().jwk().toParams(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    }

    private Loaded load() {
        Loaded current = loaded;
        if (current == null) {
            synchronized (this) {
                if (loaded == null) {
                    loaded = read();
                }
                current = loaded;
            }
        }
        return current;
    }

    private Loaded read() {
        String where = location.orElseThrow(() -> new ApiException(ProblemType.UNAVAILABLE,
                "This deployment has no token signing key configured (smallrye.jwt.sign.key.location)"));
        try {
            PrivateKey key = KeyUtils.decodePrivateKey(readText(where));
            RSAPrivateCrtKey rsa = (RSAPrivateCrtKey) key;
            RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent()));
            RsaJsonWebKey jwk = new RsaJsonWebKey(publicKey);
            jwk.setKeyId(jwk.calculateBase64urlEncodedThumbprint("SHA-256"));
            jwk.setAlgorithm("RS256");
            jwk.setUse("sig");
            return new Loaded(key, jwk);
        } catch (IOException | GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException("Cannot read the token signing key at " + where, e);
        }
    }

    private static String readText(String where) throws IOException {
        if (where.startsWith("file:")) {
            return Files.readString(Path.of(URI.create(where)), StandardCharsets.UTF_8);
        }
        Path path = Path.of(where);
        if (Files.exists(path)) {
            return Files.readString(path, StandardCharsets.UTF_8);
        }
        String resource = where.startsWith("classpath:") ? where.substring("classpath:".length()) : where;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("not found");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private record Loaded(PrivateKey privateKey, RsaJsonWebKey jwk) {
    }
}
