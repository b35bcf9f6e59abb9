package org.oas.migration.platform.embedded;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FreePortsTest {

    @Test
    void portsAreBindableAndBelowTheEphemeralRange() throws Exception {
        Path range = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
        int ephemeralStart = Files.exists(range) ? Integer.parseInt(Files.readString(range).trim().split("\\s+")[0]) : Integer.MAX_VALUE;
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            int port = FreePorts.find();
            seen.add(port);
            if (ephemeralStart > 10_200) {
                assertTrue(port >= 10_000 && port < ephemeralStart, "port " + port + " outside 10000.." + ephemeralStart);
            }
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
            }
        }
        assertTrue(seen.size() > 1, "always the same port: " + seen);
    }
}
