package org.oas.migration.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything the gateway needs to know about its neighbours and its limits (application.properties has the defaults). */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** The address clients use: the only `servers` entry of the merged OpenAPI document. */
    @WithDefault("http://localhost:8080")
    String publicUrl();

    /**
     * Direct peers (IP addresses or CIDR blocks) whose Forwarded / X-Forwarded-* headers are believed: a load balancer
     * in front of the gateway. None by default: every client's own such headers are dropped.
     */
    Optional<List<String>> trustedProxies();

    /** The services behind the gateway, by context name (organizations, meetings, programs). */
    Map<String, Upstream> upstreams();

    OpenApi openapi();

    Changes changes();

    Search search();

    RateLimits rateLimits();

    Identity identity();

    Cors cors();

    /** Which browser origins may call the API, and what they may send and read (see {@code CorsFilter}). */
    interface Cors {
        /** Exact origins (scheme, host and port), e.g. a portal's {@code https://portal.example.org}. */
        Optional<List<String>> origins();

        List<String> methods();

        /** Request headers a page may send (compared without regard to case). */
        List<String> headers();

        /** Response headers a page may read beyond the CORS-safelisted ones. */
        List<String> exposedHeaders();

        /** How long a browser may cache a preflight answer. */
        @WithDefault("1H")
        Duration maxAge();
    }

    /** How the gateway tells who a bearer token belongs to (for the rate limits only: the services authorize). */
    interface Identity {
        /** The issuer's JWKS (the organizations service's `/.well-known/jwks.json`). */
        URI jwksUrl();

        /** The `iss` tokens must carry (the services' `mp.jwt.verify.issuer`). */
        String issuer();

        /** A token with a key id not in the cached set refreshes it, at most this often. */
        @WithDefault("30S")
        Duration jwksMinRefresh();

        @WithDefault("5S")
        Duration jwksTimeout();

        @WithDefault("30S")
        Duration clockSkew();
    }

    interface Upstream {
        URI url();

        /**
         * More instances of the same service, balanced with {@code url} in turn; an instance that refuses connections
         * is skipped for the breaker's delay and the request goes to the next one.
         */
        Optional<List<URI>> replicas();

        /** First path segments this service owns (no rewriting: the path is forwarded as is). */
        List<String> prefixes();

        /** One line saying what the context is about; prefixed to its tags' descriptions in the merged document. */
        String description();

        @WithDefault("2S")
        Duration connectTimeout();

        /** How long the upstream may stay silent (no response head, no body bytes) before the exchange is abandoned. */
        @WithDefault("30S")
        Duration timeout();

        /** Pooled keep-alive connections to this service, per event loop (each loop keeps its own). */
        @WithDefault("32")
        int maxConnections();

        Breaker breaker();
    }

    interface Breaker {
        /** Calls in the rolling window the failure ratio is computed over. */
        @WithDefault("10")
        int window();

        @WithDefault("0.5")
        double failureRatio();

        /** How long the breaker stays open before letting a trial call through; also the Retry-After given. */
        @WithDefault("5S")
        Duration delay();
    }

    interface OpenApi {
        /** The deployment the merged document describes (local, test, staging, production): named in its server entry. */
        @WithDefault("production")
        String environment();

        @WithDefault("30S")
        Duration refreshInterval();

        @WithDefault("5S")
        Duration fetchTimeout();

        @WithDefault("OAS migration-information API")
        String title();

        @WithDefault("1.0.0")
        String version();

        /** Who answers for the API ({@code info.contact}): a name, and where to reach it once a deployment has one. */
        Contact contact();
    }

    interface Contact {
        @WithDefault("OAS migration-information API team")
        String name();

        /** A page with the ways to reach the team (GATEWAY_OPENAPI_CONTACT_URL). */
        Optional<String> url();

        /** GATEWAY_OPENAPI_CONTACT_EMAIL. */
        Optional<String> email();
    }

    interface Changes {
        List<String> topics();

        @WithDefault("127.0.0.1:19092")
        String bootstrapServers();

        /** How long one page may spend reading before it answers with what it found (and the cursor to go on from). */
        @WithDefault("3S")
        Duration pageBudget();

        @WithDefault("5S")
        Duration kafkaTimeout();

        @WithDefault("15S")
        Duration heartbeat();
    }

    interface Search {
        @WithDefault("2S")
        Duration timeout();

        /** Collection paths searched, each answering `{"items": [...]}` to `?q=&lang=&limit=`. */
        List<String> collections();
    }

    interface RateLimits {
        @WithDefault("true")
        boolean enabled();

        /** Requests without a verifiable bearer token, per remote address. */
        Limit anonymous();

        /** Requests with a verified bearer token, per token subject. */
        Limit client();

        /** Every request of one address, whatever token it shows: caps subjects made up to dodge the client limit. */
        Limit address();

        /** Token requests (`/oauth/token`) per `client_id`, checked before the service spends a bcrypt check on them. */
        Limit tokenClient();

        /** Token requests per address, whatever client they name. */
        Limit tokenAddress();

        /** Path of the token endpoint. */
        @WithDefault("/oauth/token")
        String tokenPath();

        /** Per-subject exceptions (a partner with a negotiated quota). */
        Map<String, Limit> clients();

        /** Path prefixes that are never limited (health, metrics, the console's assets). */
        @WithDefault("/q/")
        List<String> exempt();
    }

    interface Limit {
        /** Sustained requests per second. */
        long perSecond();

        /** Requests allowed in a burst (the bucket's capacity). */
        long burst();
    }
}
