package io.gemlink.platform.outbound;

import java.io.InterruptedIOException;

/**
 * An outbound call ran past its whole deadline ({@link OutboundHttp#client(AddressRules, java.time.Duration,
 * java.time.Duration, java.time.Duration, String)}), however steadily its bytes came.
 */
public class DeadlineExceededException extends InterruptedIOException {

    public DeadlineExceededException() {
        super("past the deadline");
    }
}
