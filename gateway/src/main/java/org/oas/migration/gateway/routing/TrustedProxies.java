package org.oas.migration.gateway.routing;

import io.netty.util.NetUtil;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.oas.migration.gateway.config.GatewayConfig;

/**
 * The peers whose Forwarded / X-Forwarded-* headers the gateway believes (`gateway.trusted-proxies`: addresses or
 * CIDR blocks, none by default). From anyone else those headers are the client's say-so and are dropped.
 * Only IP literals: no name is ever resolved.
 */
@ApplicationScoped
public class TrustedProxies {

    private record Block(byte[] network, int prefix) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int bits = address.length * 8;
            BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                    .xor(BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE));
            return new BigInteger(1, address).and(mask).equals(new BigInteger(1, network).and(mask));
        }
    }

    private final List<Block> blocks = new ArrayList<>();

    @Inject
    TrustedProxies(GatewayConfig config) {
        this(config.trustedProxies().orElse(List.of()));
    }

    TrustedProxies(List<String> entries) {
        entries.stream().map(String::trim).filter(entry -> !entry.isEmpty())
                .forEach(entry -> blocks.add(block(entry)));
    }

    /** Whether the request's direct peer (the TCP connection, never a header) is a trusted proxy. */
    public boolean trusts(HttpServerRequest request) {
        return request.remoteAddress() != null && trusts(request.remoteAddress().hostAddress());
    }

    boolean trusts(String address) {
        byte[] bytes = address == null ? null : NetUtil.createByteArrayFromIpAddressString(address);
        return bytes != null && blocks.stream().anyMatch(block -> block.contains(bytes));
    }

    /**
     * The caller's address: the direct peer, or behind trusted proxies the nearest X-Forwarded-For entry that is not
     * one of them (entries further left are the client's own claim).
     */
    public String clientAddress(HttpServerRequest request) {
        String peer = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        String forwardedFor = request.getHeader("X-Forwarded-For");
        if (forwardedFor == null || !trusts(peer)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (NetUtil.isValidIpV4Address(hop) || NetUtil.isValidIpV6Address(hop)) {
                if (!trusts(hop)) {
                    return hop;
                }
            } else {
                break;
            }
        }
        return peer;
    }

    private static Block block(String entry) {
        int slash = entry.indexOf('/');
        String address = slash < 0 ? entry : entry.substring(0, slash);
        byte[] network = NetUtil.createByteArrayFromIpAddressString(address);
        if (network == null) {
            throw new IllegalArgumentException("gateway.trusted-proxies: not an IP address or CIDR block: " + entry);
        }
        int prefix = slash < 0 ? network.length * 8 : Integer.parseInt(entry.substring(slash + 1));
        if (prefix < 0 || prefix > network.length * 8) {
            throw new IllegalArgumentException("gateway.trusted-proxies: bad prefix length: " + entry);
        }
        return new Block(network, prefix);
    }
}
