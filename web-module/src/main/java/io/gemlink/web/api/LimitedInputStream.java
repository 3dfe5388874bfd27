package io.gemlink.web.api;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body that throws {@link PayloadTooLarge} as soon as more than {@code limit} bytes come. Up to
 * {@code limit} bytes more are then read and dropped: a client still sending (most do not read before they
 * have sent) gets to read the 413; beyond that the connection is left to close.
 */
public final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private long count;
    private boolean over;

    public LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        refuseWhenOver();
        int b = super.read();
        if (b != -1) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        refuseWhenOver();
        // one byte beyond the limit is enough to know
        int n = super.read(b, off, (int) Math.min(len, limit - count + 1));
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        refuseWhenOver();
        long skipped = super.skip(Math.min(n, limit - count + 1));
        counted(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void counted(long n) throws IOException {
        count += n;
        if (count > limit) {
            over = true;
            drop(in, limit);
            throw new PayloadTooLarge(limit);
        }
    }

    private void refuseWhenOver() {
        if (over) {
            throw new PayloadTooLarge(limit);
        }
    }

    /** Reads and drops at most {@code max} bytes of what is left. */
    static void drop(InputStream in, long max) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long left = max;
        for (int n = 0; n != -1 && left > 0; n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) {
            left -= n;
        }
    }
}
