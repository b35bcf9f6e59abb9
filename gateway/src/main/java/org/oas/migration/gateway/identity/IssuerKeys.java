package org.oas.migration.gateway.identity;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.lang.JoseException;
import org.oas.migration.gateway.config.GatewayConfig;

/**
 * The token issuer's public keys, fetched from its JWKS with the non-blocking client and cached. A key id not in the
 * cache refreshes it, at most once per `gateway.identity.jwks-min-refresh` (made-up key ids cannot make the gateway
 * hammer the issuer); concurrent refreshes share one fetch. A failed fetch keeps the keys it had.
 */
@ApplicationScoped
public class IssuerKeys {

    private static final Logger LOG = Logger.getLogger(IssuerKeys.class);

    /** One fetched key set and the key ids in it. */
    record KeySet(List<JsonWebKey> keys, Set<String> ids, long fetchedAtNanos) {
        static final KeySet NONE = new KeySet(List.of(), Set.of(), Long.MIN_VALUE / 2);

        boolean has(String keyId) {
            return keyId == null ? !keys.isEmpty() : ids.contains(keyId);
        }
    }

    private final GatewayConfig.Identity config;
    private final HttpClient client;
    private volatile KeySet current = KeySet.NONE;
    private Future<KeySet> refreshing;

    IssuerKeys(GatewayConfig config, Vertx vertx) {
        this.config = config.identity();
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) this.config.jwksTimeout().toMillis()));
    }

    /** The cached keys if they hold `keyId` (null: any key), else a refreshed set when a refresh is allowed now. */
    Future<KeySet> holding(String keyId) {
        KeySet keys = current;
        if (keys.has(keyId) || System.nanoTime() - keys.fetchedAtNanos() < config.jwksMinRefresh().toNanos()) {
            return Future.succeededFuture(keys);
        }
        return refresh();
    }

    private synchronized Future<KeySet> refresh() {
        if (refreshing == null) {
            RequestOptions request = new RequestOptions().setMethod(HttpMethod.GET).setAbsoluteURI(config.jwksUrl().toString())
                    .setTimeout(config.jwksTimeout().toMillis()).addHeader("Accept", "application/json");
            refreshing = client.request(request)
                    .compose(outgoing -> outgoing.send())
                    .compose(this::body)
                    .map(this::parse)
                    .otherwise(failure -> {
                        LOG.warnf("Cannot fetch the token issuer's keys from %s: %s", config.jwksUrl(), failure.toString());
                        // Counted as a fetch: the next try waits the refresh interval too.
                        return new KeySet(current.keys(), current.ids(), System.nanoTime());
                    })
                    .onComplete(done -> {
                        synchronized (this) {
                            current = done.result();
                            refreshing = null;
                        }
                    });
        }
        return onCallersContext(refreshing);
    }

    private Future<String> body(HttpClientResponse response) {
        if (response.statusCode() != 200) {
            return Future.failedFuture("status " + response.statusCode());
        }
        return response.body().map(buffer -> buffer.toString());
    }

    private KeySet parse(String json) {
        try {
            List<JsonWebKey> keys = new JsonWebKeySet(json).getJsonWebKeys();
            Set<String> ids = keys.stream().map(JsonWebKey::getKeyId).filter(id -> id != null).collect(Collectors.toSet());
            return new KeySet(List.copyOf(keys), ids, System.nanoTime());
        } catch (JoseException e) {
            throw new IllegalStateException("not a JWKS: " + e.getMessage(), e);
        }
    }

    /** The fetch completes on the client's loop: the caller's request goes on on its own. */
    private static <T> Future<T> onCallersContext(Future<T> future) {
        Context caller = Vertx.currentContext();
        if (caller == null) {
            return future;
        }
        return Future.future(promise -> future.onComplete(result -> caller.runOnContext(ignored -> promise.handle(result))));
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
