package org.oas.migration.deploy.bench.imports;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;

/**
 * An admin bearer token signed with the bench stack's key (stack.env: OAS_JWT_SIGNING_KEY, OAS_JWT_ISSUER), as
 * organizations-service would issue it; programs-service verifies it with OAS_JWT_VERIFY_KEY.
 */
final class BenchToken {

    private BenchToken() {
    }

    static String admin() throws Exception {
        String key = Files.readString(Path.of(URI.create(ImportBench.env("OAS_JWT_SIGNING_KEY"))), StandardCharsets.US_ASCII);
        String base64 = key.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        PrivateKey privateKey = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        long now = Instant.now().getEpochSecond();
        String header = encode("{\"alg\":\"RS256\",\"typ\":\"JWT\"}");
        String claims = encode("{\"iss\":\"" + ImportBench.env("OAS_JWT_ISSUER") + "\",\"sub\":\"bench-admin\",\"groups\":[\"admin\"],"
                + "\"org\":\"oas\",\"iat\":" + now + ",\"exp\":" + (now + 4 * 3600) + "}");
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign(privateKey);
        rs256.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
        return header + "." + claims + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rs256.sign());
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
