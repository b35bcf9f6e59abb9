package org.oas.migration.gateway.ratelimit;

import io.vertx.core.buffer.Buffer;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The `client_id` a token request names (RFC 6749 section 2.3.1): in HTTP Basic credentials (form-encoded user name),
 * else as a form field. Only picks a bucket: the service checks the secret.
 */
final class TokenClientId {

    private static final int MAX_CLIENT_ID = 256;

    private TokenClientId() {
    }

    /** The client id, or null when the request names none (or one too long to be real). */
    static String of(String authorization, Buffer form) {
        String id = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)
                ? fromBasic(authorization.substring(6).trim()) : fromForm(form.toString(StandardCharsets.UTF_8));
        return id == null || id.isBlank() || id.length() > MAX_CLIENT_ID ? null : id;
    }

    private static String fromBasic(String credentials) {
        try {
            String decoded = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return decode(colon < 0 ? decoded : decoded.substring(0, colon));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String fromForm(String form) {
        for (String pair : form.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && "client_id".equals(decode(pair.substring(0, equals)))) {
                return decode(pair.substring(equals + 1));
            }
        }
        return null;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
