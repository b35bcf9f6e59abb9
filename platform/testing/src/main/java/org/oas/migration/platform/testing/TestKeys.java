package org.oas.migration.platform.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** An RSA key pair written as PEM files, as a deployment would configure them. */
public record TestKeys(KeyPair pair, Path privateKeyPem, Path publicKeyPem) {

    public static TestKeys generate(Path dir) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(dir);
            Path privatePem = dir.resolve("signing-key.pem");
            Path publicPem = dir.resolve("signing-key.pub.pem");
            Files.writeString(privatePem, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(publicPem, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            return new TestKeys(pair, privatePem, publicPem);
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException("Cannot create test signing keys", e);
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
