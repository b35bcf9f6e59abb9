package org.oas.migration.deploy.e2e;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One hostile request: which operation of the contract it aims at, what was made wrong, and the request itself
 * ({@code target} is the raw path and query, already percent-encoded, so it can carry bytes no encoder would write).
 */
record Probe(String operation, String mutation, String method, String target, Map<String, String> headers, byte[] body,
             boolean anonymous) {

    Probe {
        headers = Map.copyOf(headers);
    }

    static Probe of(ApiContract.Operation operation, String mutation, String target, Map<String, String> headers,
                    byte[] body, boolean anonymous) {
        return new Probe(operation.toString(), mutation, operation.method(), target, headers, body, anonymous);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    String describe() {
        String shown = target.length() > 160 ? target.substring(0, 160) + "...(" + target.length() + " chars)" : target;
        return method + " " + shown + " [" + operation + ": " + mutation + (anonymous ? ", anonymous" : "") + "]";
    }
}
