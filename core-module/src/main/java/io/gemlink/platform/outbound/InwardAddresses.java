package io.gemlink.platform.outbound;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/** Which addresses lead inward (this machine, its networks, nobody's) rather than to a partner on the internet. */
public final class InwardAddresses {

    private static final byte[] NAT64 = {0, 0x64, (byte) 0xff, (byte) 0x9b, 0, 0, 0, 0, 0, 0, 0, 0};

    private InwardAddresses() {}

    /**
     * The IPv4 address an IPv6 address carries and that a connection would reach — IPv4-mapped
     * ({@code ::ffff:127.0.0.1}), IPv4-compatible ({@code ::127.0.0.1}) or NAT64 ({@code 64:ff9b::7f00:1})
     * — else the address itself.
     */
    public static InetAddress unwrap(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address;
        }
        byte[] b = address.getAddress();
        byte[] head = Arrays.copyOf(b, 12);
        boolean mapped =
                Arrays.equals(Arrays.copyOf(b, 10), new byte[10]) && b[10] == (byte) 0xff && b[11] == (byte) 0xff;
        boolean compatible = Arrays.equals(head, new byte[12]) && (b[12] | b[13] | b[14]) != 0; // not :: nor ::1
        if (!mapped && !compatible && !Arrays.equals(head, NAT64)) {
            return address;
        }
        try {
            return Inet4Address.getByAddress(Arrays.copyOfRange(b, 12, 16));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e); // four bytes are always an IPv4 address
        }
    }

    /** What kind of inward address this is ("loopback", "private", …), or null for a public address. */
    public static String kind(InetAddress address) {
        InetAddress a = unwrap(address);
        byte[] b = a.getAddress();
        int first = b[0] & 0xff;
        if (a.isAnyLocalAddress() || a instanceof Inet4Address && first == 0) {
            return "unspecified";
        }
        if (a.isLoopbackAddress()) {
            return "loopback";
        }
        if (a.isLinkLocalAddress()) {
            return "link-local"; // 169.254.0.0/16 holds the cloud metadata service
        }
        if (a.isMulticastAddress()) {
            return "multicast";
        }
        if (a.isSiteLocalAddress()
                || a instanceof Inet4Address && first == 100 && (b[1] & 0xc0) == 64
                || a instanceof Inet6Address && (first & 0xfe) == 0xfc) {
            return "private"; // 10/8, 172.16/12, 192.168/16, shared 100.64/10, unique local fc00::/7
        }
        if (a instanceof Inet4Address && first >= 240) {
            return "reserved"; // 240/4 and the broadcast address
        }
        return null;
    }
}
