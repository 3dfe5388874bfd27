package io.gemlink.platform.outbound;

import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;

/**
 * What a failed outbound call is recorded as, on runs and webhook deliveries: the class of failure a
 * partner can act on, never the exception's own text (it may name internal hosts and addresses).
 */
public final class OutboundFailure {

    public static final String REFUSED = "connection refused";
    public static final String TIMED_OUT = "timed out";

    private OutboundFailure() {}

    public static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AddressNotAllowedException) {
                return t.getMessage();
            }
            if (t instanceof DeadlineExceededException) {
                return TIMED_OUT; // even where TLS wrapped it
            }
        }
        if (failure instanceof InterruptedIOException) {
            return TIMED_OUT; // SocketTimeoutException and the client's connect timeout
        }
        if (failure instanceof ConnectException || failure instanceof NoRouteToHostException) {
            return REFUSED;
        }
        if (failure instanceof UnknownHostException) {
            return "host not found";
        }
        if (failure instanceof SSLException) {
            return "TLS handshake failed";
        }
        return "connection failed";
    }
}
