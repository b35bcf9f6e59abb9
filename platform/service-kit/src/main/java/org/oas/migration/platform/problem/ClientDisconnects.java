package org.oas.migration.platform.problem;

import io.vertx.core.http.HttpClosedException;

/** Recognises a failure caused by the client going away mid-request (its connection closed while the body was read). */
final class ClientDisconnects {

    private ClientDisconnects() {
    }

    static boolean isDisconnect(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpClosedException) {
                return true;
            }
        }
        return false;
    }
}
