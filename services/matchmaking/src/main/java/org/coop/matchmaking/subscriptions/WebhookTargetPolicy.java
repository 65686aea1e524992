package org.coop.matchmaking.subscriptions;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where webhooks may point. Outside the local profile a webhook must not reach loopback, private
 * (RFC 1918, IPv6 unique-local), link-local (cloud metadata lives at 169.254.169.254), wildcard or
 * multicast addresses, so a subscriber cannot make the platform call into its own network
 * (server-side request forgery). The host is resolved and every address checked, at subscription
 * time and again at each delivery (a name may be re-pointed later). Operators may exempt named
 * hosts ({@code matchmaking.webhooks.allowed-hosts}), e.g. a partner's receiver inside a VPN.
 */
public final class WebhookTargetPolicy {

    private final boolean allowPrivate;
    private final Set<String> allowedHosts;

    public WebhookTargetPolicy(boolean allowPrivate, List<String> allowedHosts) {
        this.allowPrivate = allowPrivate;
        this.allowedHosts = Set.copyOf(allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList());
    }

    /** Why the URL is refused, or empty when it may be used. Resolves the host: call off the event loop. */
    public Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Optional.of("must be an http or https URL");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            return Optional.of("must name a host and carry no user information");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (allowPrivate || allowedHosts.contains(host)) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            return Optional.of("names a host that cannot be resolved: " + host);
        }
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                return Optional.of("points at a loopback, private or link-local address (" + address.getHostAddress()
                        + "), which webhooks may not reach");
            }
        }
        return Optional.empty();
    }

    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc;
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        // carrier-grade NAT 100.64.0.0/10 and "this network" 0.0.0.0/8
        return first == 0 || (first == 100 && second >= 64 && second <= 127);
    }
}
