package io.gemlink.platform.outbound;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;

/**
 * A socket that checks the address and port it is about to connect to: every connection an
 * {@link OutboundHttp} client opens, redirects included, passes here with its resolved address.
 */
final class GuardedSocket extends Socket {

    private final AddressRules rules;

    GuardedSocket(AddressRules rules) {
        this.rules = rules;
    }

    @Override
    public void connect(SocketAddress endpoint, int timeout) throws IOException {
        if (!(endpoint instanceof InetSocketAddress target) || target.isUnresolved()) {
            throw new AddressNotAllowedException("an address that was not resolved and checked");
        }
        rules.check(target.getAddress(), target.getPort());
        super.connect(endpoint, timeout);
    }
}
