package io.gemlink.platform.outbound;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.time.Instant;

/**
 * A socket that checks the address and port it is about to connect to: every connection an
 * {@link OutboundHttp} client opens, redirects included, passes here with its resolved address.
 * With a deadline, no connect and no read goes past it: each waits at most until the deadline (the
 * socket's own timeouts shortened to what is left), and then fails with {@link DeadlineExceededException}.
 * TLS reads through this socket, so the deadline holds for the handshake, the headers and the body alike.
 */
final class GuardedSocket extends Socket {

    private final AddressRules rules;
    private final Instant deadline;

    /** @param deadline null for none */
    GuardedSocket(AddressRules rules, Instant deadline) {
        this.rules = rules;
        this.deadline = deadline;
    }

    @Override
    public void connect(SocketAddress endpoint, int timeout) throws IOException {
        if (!(endpoint instanceof InetSocketAddress target) || target.isUnresolved()) {
            throw new AddressNotAllowedException("an address that was not resolved and checked");
        }
        rules.check(target.getAddress(), target.getPort());
        if (deadline == null) {
            super.connect(endpoint, timeout);
            return;
        }
        int left = millisLeft();
        boolean shortened = timeout == 0 || timeout > left;
        try {
            super.connect(endpoint, shortened ? left : timeout);
        } catch (SocketTimeoutException e) {
            throw shortened ? new DeadlineExceededException() : e;
        }
    }

    @Override
    public InputStream getInputStream() throws IOException {
        InputStream in = super.getInputStream();
        return deadline == null
                ? in
                : new FilterInputStream(in) {
                    @Override
                    public int read() throws IOException {
                        byte[] one = new byte[1];
                        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        int timeout = getSoTimeout();
                        int left = millisLeft();
                        boolean shortened = timeout == 0 || timeout > left;
                        if (shortened) {
                            setSoTimeout(left);
                        }
                        try {
                            return super.read(b, off, len);
                        } catch (SocketTimeoutException e) {
                            throw shortened ? new DeadlineExceededException() : e;
                        } finally {
                            if (shortened && !isClosed()) {
                                setSoTimeout(timeout);
                            }
                        }
                    }
                };
    }

    /** At least 1 ms (0 would mean no timeout at all); past the deadline, the call fails. */
    private int millisLeft() throws DeadlineExceededException {
        long left = deadline.toEpochMilli() - System.currentTimeMillis();
        if (left <= 0) {
            throw new DeadlineExceededException();
        }
        return (int) Math.min(left, Integer.MAX_VALUE);
    }
}
