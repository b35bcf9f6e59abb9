package org.oas.migration.gateway.routing;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which headers cross the gateway, and what it adds on the way in (RFC 9110 hop-by-hop rules, W3C Trace Context). */
final class ForwardedHeaders {

    /** Meaningful for one connection only, never forwarded (RFC 9110 section 7.6.1). */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade", "http2-settings");
    private static final Set<String> SCHEMES = Set.of("http", "https");
    /** A host name or IP literal, with an optional port: nothing else is believed as X-Forwarded-Host. */
    private static final Pattern HOST = Pattern.compile("^(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9.-]+)(:[0-9]{1,5})?$");
    /** W3C Trace Context: set from the gateway's own span, not copied from the client. */
    private static final Set<String> TRACE_CONTEXT = Set.of("traceparent", "tracestate");
    private static final Pattern TRACEPARENT = Pattern.compile("^[0-9a-f]{2}-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}$");

    private ForwardedHeaders() {
    }

    /**
     * The client's headers minus hop-by-hop ones and Host (the client sets the upstream's), plus X-Forwarded-* and
     * traceparent. Forwarded and X-Forwarded-* from the client are kept only from a trusted proxy: anyone else's are
     * dropped and set from what the gateway saw (its peer, its connection's scheme, the Host it was asked for).
     */
    static void toUpstream(HttpServerRequest request, MultiMap target, boolean trusted, Context trace) {
        MultiMap source = request.headers();
        Set<String> listed = connectionListed(source);
        source.forEach((name, value) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!HOP_BY_HOP.contains(lower) && !listed.contains(lower) && !lower.equals("host")
                    && !TRACE_CONTEXT.contains(lower) && (trusted || !forwarding(lower))) {
                target.add(name, value);
            }
        });
        String remote = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        String priorFor = trusted ? source.get("X-Forwarded-For") : null;
        if (remote != null) {
            target.set("X-Forwarded-For", priorFor == null ? remote : priorFor + ", " + remote);
        }
        target.set("X-Forwarded-Proto", proto(request, trusted));
        String host = host(request, trusted);
        if (host != null) {
            target.set("X-Forwarded-Host", host);
        }
        // The service's request is a child of the gateway's span (the server span continues the client's trace):
        // never the client's header copied, never none.
        W3CTraceContextPropagator.getInstance().inject(trace, target, MultiMap::set);
        if (!validTraceparent(target.get("traceparent"))) {
            target.set("traceparent", newTraceparent());
            target.remove("tracestate");
        }
    }

    /**
     * The upstream's headers minus hop-by-hop ones (the server sets its own framing). Links the service made absolute
     * (Location, Content-Location, Link) with an address the client must not rely on, the service's own or the one
     * the gateway forwarded, are rewritten to `linkOrigin`, so a client never learns (or needs) an internal address.
     */
    static void toClient(MultiMap source, MultiMap target, List<String> internalOrigins, String linkOrigin) {
        Set<String> listed = connectionListed(source);
        List<Pattern> origins = internalOrigins.stream().filter(o -> o != null && !o.equals(linkOrigin))
                .map(o -> Pattern.compile(Pattern.quote(o) + "(?![\\w.:-])")).toList();
        source.forEach((name, value) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!HOP_BY_HOP.contains(lower) && !listed.contains(lower)) {
                boolean link = lower.equals("location") || lower.equals("content-location") || lower.equals("link");
                if (lower.equals("content-encoding")) {
                    // Replaces the `identity` marker Quarkus puts on every answer when compression is on: with both, the
                    // server would drop the header, send the service's gzip bytes unlabelled, and the client would read garbage.
                    target.set(name, value);
                } else {
                    target.add(name, link ? rewrite(value, origins, linkOrigin) : value);
                }
            }
        });
    }

    /** `scheme://host[:port]` the gateway forwarded to the service as the client's view (X-Forwarded-Proto/Host). */
    static String forwardedOrigin(HttpServerRequest request, boolean trusted) {
        String host = host(request, trusted);
        return host == null ? null : proto(request, trusted) + "://" + host;
    }

    /** Where links should point: a trusted proxy's view of the gateway, else the configured public URL. */
    static String linkOrigin(HttpServerRequest request, boolean trusted, String publicUrl) {
        if (trusted && validHost(request.getHeader("X-Forwarded-Host"))) {
            return forwardedOrigin(request, true);
        }
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The scheme the client used: a trusted proxy's X-Forwarded-Proto (http or https only), else this connection's. */
    private static String proto(HttpServerRequest request, boolean trusted) {
        String claimed = trusted ? request.getHeader("X-Forwarded-Proto") : null;
        return claimed != null && SCHEMES.contains(claimed.trim().toLowerCase(Locale.ROOT))
                ? claimed.trim().toLowerCase(Locale.ROOT) : request.scheme();
    }

    /** The host the client asked for: a trusted proxy's X-Forwarded-Host when well formed, else the request's own. */
    private static String host(HttpServerRequest request, boolean trusted) {
        String claimed = trusted ? request.getHeader("X-Forwarded-Host") : null;
        if (validHost(claimed)) {
            return claimed;
        }
        return request.authority() == null ? request.getHeader("Host") : request.authority().toString();
    }

    private static boolean validHost(String value) {
        return value != null && HOST.matcher(value).matches();
    }

    private static boolean forwarding(String lowerName) {
        return lowerName.equals("forwarded") || lowerName.startsWith("x-forwarded-");
    }

    private static String rewrite(String value, List<Pattern> origins, String linkOrigin) {
        String result = value;
        for (Pattern origin : origins) {
            result = origin.matcher(result).replaceAll(Matcher.quoteReplacement(linkOrigin));
        }
        return result;
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

}
