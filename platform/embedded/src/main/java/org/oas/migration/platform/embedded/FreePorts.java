package org.oas.migration.platform.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free TCP ports on the loopback interface, picked below the kernel's ephemeral range: outgoing connections take
 * their local ports from that range, so a port picked inside it can be taken by some client's connection before the
 * server that was meant to get it binds it (seen once under benchmark load: PostgreSQL's port was gone).
 */
public final class FreePorts {

    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    /** Above the well-known and most registered service ports a developer may run locally (8080, 5432, 9092...). */
    private static final int LOWEST = 10_000;
    private static final int ATTEMPTS = 100;

    private FreePorts() {
    }

    /** A port that was free on 127.0.0.1 a moment ago, outside the ephemeral range when the kernel says where it is. */
    public static int find() {
        int below = ephemeralRangeStart();
        for (int attempt = 0; below - LOWEST > ATTEMPTS && attempt < ATTEMPTS; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, below);
            if (isFree(port)) {
                return port;
            }
        }
        return anyFreePort();
    }

    /** Whether a server could bind this port on 127.0.0.1 right now. */
    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Where the kernel starts handing out local ports to outgoing connections; 0 when unknown (not Linux). */
    private static int ephemeralRangeStart() {
        try {
            return Integer.parseInt(Files.readString(EPHEMERAL_RANGE, StandardCharsets.US_ASCII).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static int anyFreePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not find a free port on 127.0.0.1", e);
        }
    }
}
