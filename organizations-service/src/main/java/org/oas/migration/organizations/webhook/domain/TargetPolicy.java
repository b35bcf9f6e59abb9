package org.oas.migration.organizations.webhook.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Where deliveries may go: {@code https} URLs (plain http only by configuration) whose host resolves to public
 * addresses only. Loopback, private (RFC 1918, unique local), link-local, carrier-grade NAT, multicast, unspecified and
 * reserved addresses are refused, at registration and again at every delivery (a name may resolve elsewhere by then).
 * Loopback may be allowed for local development ({@code oas.webhooks.targets.allow-loopback}).
 */
@ApplicationScoped
public class TargetPolicy {

    /** Why a target is refused (the message names the address). */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message, null, false, false);
        }
    }

    @Inject
    WebhookConfig config;

    /** The URL as it is stored: parsed and checked, or why not. */
    public URI parse(String url) throws Refused {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new Refused("is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && config.targets().allowPlainHttp())) {
            throw new Refused("must be an https URL");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw new Refused("must be an absolute URL with a host and without user info or fragment");
        }
        return uri;
    }

    /** The host's addresses, each allowed; refused when one is not (or the name does not resolve). */
    public List<InetAddress> resolve(URI uri) throws Refused {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(hostOf(uri));
        } catch (UnknownHostException e) {
            throw new Refused("host '" + uri.getHost() + "' does not resolve");
        }
        for (InetAddress address : addresses) {
            String why = forbidden(address);
            if (why != null) {
                throw new Refused("resolves to " + address.getHostAddress() + ", a " + why + " address");
            }
        }
        return List.of(addresses);
    }

    private static String hostOf(URI uri) {
        String host = uri.getHost();
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** Why deliveries may not go to {@code address}, or null when they may. */
    String forbidden(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return config.targets().allowLoopback() ? null : "loopback";
        }
        if (address.isAnyLocalAddress()) {
            return "unspecified";
        }
        if (address.isLinkLocalAddress()) {
            return "link-local";
        }
        if (address.isSiteLocalAddress()) {
            return "private";
        }
        if (address.isMulticastAddress()) {
            return "multicast";
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 0 || first >= 240) {
                return "reserved";
            }
            if (first == 100 && second >= 64 && second <= 127) {
                return "shared (carrier-grade NAT)";
            }
            if (first == 192 && second == 0 && (b[2] & 0xff) == 0 || first == 198 && (second == 18 || second == 19)) {
                return "reserved";
            }
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return "private (unique local)";
            }
            if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) {
                return "private (site-local)";
            }
            if (isEmbeddedIpv4(b)) {
                return "IPv4-embedding";
            }
        }
        return null;
    }

    /** ::ffff:0:0/96 that Java did not turn into an Inet4Address, and 64:ff9b::/96 (NAT64): refused rather than unwrapped. */
    private static boolean isEmbeddedIpv4(byte[] b) {
        boolean mapped = true;
        for (int i = 0; i < 10; i++) {
            mapped &= b[i] == 0;
        }
        mapped &= (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
        return mapped || nat64;
    }
}
