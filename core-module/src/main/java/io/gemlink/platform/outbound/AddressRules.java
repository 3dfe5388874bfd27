package io.gemlink.platform.outbound;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where this server may connect on a partner's behalf. A public address: yes. An inward one —
 * loopback, link-local, private, unspecified, multicast, reserved (see {@link InwardAddresses}), or an
 * address of this machine — only inside {@code allowed} networks, and never on one of this server's
 * own ports, which stay closed to partners even there.
 *
 * @param ownAddress whether an address belongs to this machine (its network interfaces)
 */
public record AddressRules(List<Cidr> allowed, Set<Integer> ownPorts, Predicate<InetAddress> ownAddress) {

    public static final String ALLOWED_NETWORKS = "gemlink.outbound.allowed-networks";
    public static final String OWN_PORTS = "gemlink.outbound.own-ports";

    /**
     * From MicroProfile Config: allowed networks (default none); own ports: the configured ones (defaults in
     * core's properties) and those the running server's configuration names ({@link ServerPorts}).
     */
    public static AddressRules fromConfig() {
        Config config = ConfigProvider.getConfig();
        List<Cidr> allowed = config.getOptionalValues(ALLOWED_NETWORKS, String.class).orElse(List.of()).stream()
                .filter(s -> !s.isBlank())
                .map(Cidr::parse)
                .toList();
        Set<Integer> ports = Stream.concat(
                        config.getOptionalValues(OWN_PORTS, Integer.class).orElse(List.of()).stream(),
                        ServerPorts.ofRunningServer().stream())
                .collect(Collectors.toUnmodifiableSet());
        return new AddressRules(allowed, ports, AddressRules::onThisMachine);
    }

    /** Refuses a connection to {@code address}; {@code port} -1 when not known yet (a DNS answer). */
    public void check(InetAddress address, int port) throws AddressNotAllowedException {
        InetAddress a = InwardAddresses.unwrap(address);
        String kind = InwardAddresses.kind(a);
        if (kind == null && !ownAddress.test(a)) {
            return;
        }
        if (allowed.stream().noneMatch(n -> n.contains(a))) {
            throw new AddressNotAllowedException(kind == null ? "an address of this server" : "a " + kind + " address");
        }
        if (ownPorts.contains(port)) {
            throw new AddressNotAllowedException("port " + port + " of this server");
        }
    }

    /**
     * The check for a URL being saved: every address its host resolves to now. A host that does not
     * resolve yet passes (its answer is checked when a connection is made).
     */
    public void checkUrl(String url) throws AddressNotAllowedException {
        URI uri = URI.create(url);
        String host = uri.getHost();
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return;
        }
        for (InetAddress a : addresses) {
            check(a, port);
        }
    }

    private static boolean onThisMachine(InetAddress address) {
        try {
            return NetworkInterface.getByInetAddress(address) != null;
        } catch (SocketException e) {
            return true; // cannot tell: treat it as inward
        }
    }
}
