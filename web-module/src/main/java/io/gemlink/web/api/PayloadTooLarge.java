package io.gemlink.web.api;

/**
 * A request body over its limit (see {@link InputLimits}): answered 413. Unchecked on purpose: the CSV readers
 * turn I/O errors into row errors and go on, but an oversized body must end the request.
 */
public class PayloadTooLarge extends RuntimeException {

    private final long limit;

    public PayloadTooLarge(long limit) {
        super("the body is larger than " + limit + " bytes", null, false, false);
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
