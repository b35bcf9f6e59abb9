package org.oas.migration.platform.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.http.HttpClosedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class ClientDisconnectsTest {

    @Test
    void aClosedConnectionAnywhereInTheCausesIsADisconnect() {
        // As Quarkus REST reports a body the client stopped sending: IOException(IOException(HttpClosedException)).
        Throwable reported = new UncheckedIOException(new IOException(new IOException(new HttpClosedException("Connection was closed"))));
        assertTrue(ClientDisconnects.isDisconnect(reported));
        assertTrue(ClientDisconnects.isDisconnect(new HttpClosedException("Connection was closed")));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(ClientDisconnects.isDisconnect(new IOException("disk full")));
        assertFalse(ClientDisconnects.isDisconnect(new IllegalStateException(new IOException("Connection was closed"))));
        assertFalse(ClientDisconnects.isDisconnect(null));
    }
}
