package org.oas.migration.gateway.ratelimit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Base64;

/**
 * The `sub` claim of a bearer JWT, read WITHOUT verifying the signature. That is enough here: it only picks the
 * rate-limit bucket. The services verify every token they act on, so a forged token buys no access; and a client
 * inventing subjects to get fresh buckets still shares its address's overall limit ({@code gateway.rate-limits.address}).
 * Verifying here would cost an RS256 check and a key fetch on every request for no gain in safety.
 */
final class BearerSubject {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_TOKEN_LENGTH = 16 * 1024;

    private BearerSubject() {
    }

    /** The subject, or null for anonymous requests and anything that is not a readable JWT. */
    static String of(String authorization) {
        if (authorization == null || authorization.length() > MAX_TOKEN_LENGTH
                || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String[] parts = authorization.substring(7).trim().split("\\.");
        if (parts.length != 3) {
            return null;
        }
        try {
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            JsonNode sub = claims.get("sub");
            return sub != null && sub.isTextual() && !sub.asText().isBlank() ? sub.asText() : null;
        } catch (IllegalArgumentException | IOException e) {
            return null;
        }
    }
}
