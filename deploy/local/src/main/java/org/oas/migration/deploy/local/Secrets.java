package org.oas.migration.deploy.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/** The token signing key pair and the bootstrap admin credential: made on first run, reused afterwards. */
final class Secrets {

    record KeyFiles(Path privateKey, Path publicKey) {
    }

    record Credential(String clientId, String clientSecret) {
    }

    static final String ADMIN_CLIENT_ID = "local-admin";

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** Both files or neither: a lone half of a pair is useless, so it is replaced. */
    static KeyFiles ensureSigningKey(Path keysDir) throws IOException {
        KeyFiles files = new KeyFiles(keysDir.resolve("signing-key.pem"), keysDir.resolve("signing-key.pub.pem"));
        if (Files.isRegularFile(files.privateKey()) && Files.isRegularFile(files.publicKey())) {
            return files;
        }
        Files600.createPrivateDirectory(keysDir);
        KeyPair pair;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, RANDOM);
            pair = generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JDK cannot generate RSA keys", e);
        }
        // getEncoded(): PKCS#8 for the private key, X.509 SubjectPublicKeyInfo for the public one.
        Files600.write(files.privateKey(), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Files.write(files.publicKey(), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        System.out.println("Generated a new token signing key pair in " + keysDir);
        return files;
    }

    static Credential ensureAdmin(Path credentialsDir, ObjectMapper json) throws IOException {
        Path file = credentialsDir.resolve("admin.json");
        if (Files.isRegularFile(file)) {
            Credential existing = read(file, json);
            if (existing != null) {
                return existing;
            }
            throw new IllegalStateException(file + " lacks clientId or clientSecret; fix or delete it");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        Credential admin = new Credential(ADMIN_CLIENT_ID, Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
        ObjectNode node = json.createObjectNode().put("clientId", admin.clientId()).put("clientSecret", admin.clientSecret());
        Files600.createPrivateDirectory(credentialsDir);
        Files600.write(file, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(node));
        System.out.println("Generated the admin client credential " + file);
        return admin;
    }

    /** Null when the file lacks either field. */
    static Credential read(Path file, ObjectMapper json) throws IOException {
        JsonNode node = json.readTree(file.toFile());
        String id = node.path("clientId").asText("");
        String secret = node.path("clientSecret").asText("");
        return id.isEmpty() || secret.isEmpty() ? null : new Credential(id, secret);
    }

    private static byte[] pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return ("-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n").getBytes(StandardCharsets.US_ASCII);
    }
}
