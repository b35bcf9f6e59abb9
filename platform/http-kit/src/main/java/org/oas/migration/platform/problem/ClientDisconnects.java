package org.oas.migration.platform.problem;

import io.vertx.core.http.HttpClosedException;

/** Recognises a failure caused by the client going away mid-request (its connection closed while the body was read). */
final class ClientDisconnects {

    private ClientDisconnects() {
    }

    static boolean isDisconnect(Throwable e) {
        return Causes.any(e, HttpClosedException.class::isInstance);
    }
}
