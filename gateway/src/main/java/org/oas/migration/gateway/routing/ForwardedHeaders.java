package org.oas.migration.gateway.routing;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/** Which headers cross the gateway, and what it adds on the way in (RFC 9110 hop-by-hop rules, W3C Trace Context). */
final class ForwardedHeaders {

    /** Meaningful for one connection only, never forwarded (RFC 9110 section 7.6.1). */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade", "http2-settings");
    private static final Pattern TRACEPARENT = Pattern.compile("^[0-9a-f]{2}-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}$");

    private ForwardedHeaders() {
    }

    /** The client's headers minus hop-by-hop ones and Host (the client sets the upstream's), plus X-Forwarded-* and traceparent. */
    static void toUpstream(HttpServerRequest request, MultiMap target) {
        MultiMap source = request.headers();
        Set<String> listed = connectionListed(source);
        source.forEach((name, value) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!HOP_BY_HOP.contains(lower) && !listed.contains(lower) && !lower.equals("host")) {
                target.add(name, value);
            }
        });
        String remote = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        String priorFor = source.get("X-Forwarded-For");
        if (remote != null) {
            target.set("X-Forwarded-For", priorFor == null ? remote : priorFor + ", " + remote);
        }
        target.set("X-Forwarded-Proto", first(source.get("X-Forwarded-Proto"), request.scheme()));
        String host = request.authority() == null ? source.get("Host") : request.authority().toString();
        target.set("X-Forwarded-Host", first(source.get("X-Forwarded-Host"), host));
        if (!validTraceparent(source.get("traceparent"))) {
            target.set("traceparent", newTraceparent());
            target.remove("tracestate");
        }
    }

    /**
     * The upstream's headers minus hop-by-hop ones (the server sets its own framing). Links the service made absolute
     * with the address it was called at (Location, Content-Location, Link) are rewritten to the client's view of the
     * gateway, so a client never learns (or needs) an internal address.
     */
    static void toClient(MultiMap source, MultiMap target, String upstreamOrigin, String clientOrigin) {
        Set<String> listed = connectionListed(source);
        source.forEach((name, value) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!HOP_BY_HOP.contains(lower) && !listed.contains(lower)) {
                boolean link = lower.equals("location") || lower.equals("content-location") || lower.equals("link");
                target.add(name, link && clientOrigin != null ? value.replace(upstreamOrigin, clientOrigin) : value);
            }
        });
    }

    /** `scheme://host[:port]` as the client addressed the gateway (after any proxy in front of it). */
    static String clientOrigin(HttpServerRequest request) {
        String host = first(request.getHeader("X-Forwarded-Host"),
                request.authority() == null ? request.getHeader("Host") : request.authority().toString());
        return host == null ? null : first(request.getHeader("X-Forwarded-Proto"), request.scheme()) + "://" + host;
    }

    static boolean validTraceparent(String value) {
        return value != null && TRACEPARENT.matcher(value).matches() && !value.startsWith("ff");
    }

    /**
     * Version 00, a random trace id and parent id, sampled. Trace ids need to be unique, not secret: a thread-local
     * generator avoids SecureRandom's shared lock and system calls on every request.
     */
    static String newTraceparent() {
        byte[] trace = new byte[16];
        byte[] parent = new byte[8];
        ThreadLocalRandom.current().nextBytes(trace);
        ThreadLocalRandom.current().nextBytes(parent);
        return "00-" + HexFormat.of().formatHex(trace) + "-" + HexFormat.of().formatHex(parent) + "-01";
    }

    private static Set<String> connectionListed(MultiMap headers) {
        String connection = headers.get("Connection");
        if (connection == null) {
            return Set.of();
        }
        return Set.of(connection.toLowerCase(Locale.ROOT).split("\\s*,\\s*"));
    }

    private static String first(String preferred, String fallback) {
        return preferred != null ? preferred : fallback;
    }
}
