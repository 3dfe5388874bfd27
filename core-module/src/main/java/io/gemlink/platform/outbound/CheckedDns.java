package io.gemlink.platform.outbound;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;

/**
 * Resolves a host once and refuses it when any of its addresses is not allowed (a host that answers a
 * public and a private address is not a partner's). The client then connects only to these addresses,
 * and {@link GuardedSocket} checks the one it connects to with its port.
 */
final class CheckedDns implements DnsResolver {

    private final AddressRules rules;

    CheckedDns(AddressRules rules) {
        this.rules = rules;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] addresses = SystemDefaultDnsResolver.INSTANCE.resolve(host);
        for (InetAddress address : addresses) {
            try {
                rules.check(address, -1);
            } catch (AddressNotAllowedException e) {
                throw new RefusedHost(e);
            }
        }
        return addresses;
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
        return SystemDefaultDnsResolver.INSTANCE.resolveCanonicalHostname(host);
    }

    /** The resolver's contract allows only this exception; {@link OutboundFailure} finds the reason in its cause. */
    static final class RefusedHost extends UnknownHostException {
        RefusedHost(AddressNotAllowedException cause) {
            super(cause.getMessage());
            initCause(cause);
        }
    }
}
