package org.oas.migration.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    @Test
    void noEntriesTrustNobody() {
        assertFalse(new TrustedProxies(List.of()).trusts("127.0.0.1"));
    }

    @Test
    void anIpv4BlockTrustsItsAddressesOnly() {
        TrustedProxies proxies = new TrustedProxies(List.of("10.1.0.0/16"));
        assertTrue(proxies.trusts("10.1.255.3"));
        assertFalse(proxies.trusts("10.2.0.1"));
    }

    @Test
    void anIpv6AddressAndBlockAreMatched() {
        TrustedProxies proxies = new TrustedProxies(List.of("::1", "fd00::/8"));
        assertTrue(proxies.trusts("0:0:0:0:0:0:0:1"));
        assertTrue(proxies.trusts("fd12:3456::1"));
        assertFalse(proxies.trusts("fe80::1"));
    }

    @Test
    void aHostNameIsRefusedNotResolved() {
        assertThrows(IllegalArgumentException.class, () -> new TrustedProxies(List.of("proxy.internal")));
    }
}
