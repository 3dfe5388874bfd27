package io.gemlink.linking.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A feed body copied to a temporary file, never more than a cap: a feed is validated whole before any write.
 * While the body is still arriving, {@link #tail()} already reads what has been written (the import validates
 * while it downloads); the tail ends with the body, or fails when the download did.
 */
public final class FeedSpool {

    private final Path file;
    private long written;
    private boolean ended;
    private boolean failed;

    private FeedSpool(Path file) {
        this.file = file;
    }

    /** A new empty spool file. */
    public static FeedSpool create() throws IOException {
        return new FeedSpool(Files.createTempFile("gemlink-feed-", ".body"));
    }

    public Path file() {
        return file;
    }

    static FeedException tooLarge(long maxBytes) {
        return new FeedException("too large: the feed is over " + maxBytes + " bytes (gemlink.linking.max-feed-bytes)");
    }

    /**
     * Copies {@code body} into this spool, at most {@code maxBytes}; on any failure the file is deleted and the
     * tail fails.
     */
    void copy(InputStream body, long maxBytes) throws IOException, FeedException {
        boolean kept = false;
        try (InputStream in = body;
                OutputStream out = out()) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) >= 0; ) {
                total += n;
                if (total > maxBytes) {
                    throw tooLarge(maxBytes);
                }
                out.write(buffer, 0, n);
            }
            kept = true;
        } finally {
            if (!kept) {
                fail();
                FeedClient.deleteQuietly(file);
            }
        }
    }

    /**
     * Where the body is written; every write is visible to the {@link #tail()} at once, closing ends the body.
     * A caller that gives up calls {@link #fail()} instead of (or before) closing.
     */
    public OutputStream out() throws IOException {
        OutputStream file = Files.newOutputStream(this.file);
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                file.write(b, off, len);
                grew(len);
            }

            @Override
            public void close() throws IOException {
                file.close();
                end();
            }
        };
    }

    private synchronized void grew(long bytes) {
        written += bytes;
        notifyAll();
    }

    private synchronized void end() {
        ended = true;
        notifyAll();
    }

    /** The body will not be complete: a tail reading it fails. */
    public synchronized void fail() {
        failed = true;
        notifyAll();
    }

    /** Waits until more than {@code position} bytes are there; false at the end of the body. */
    private synchronized boolean await(long position) throws IOException {
        while (!failed && !ended && written <= position) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for the feed body");
            }
        }
        if (failed) {
            throw new IOException("the feed body did not arrive whole");
        }
        return written > position;
    }

    /** Reads the body from its start while it is written, up to its end. */
    public InputStream tail() throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        return new InputStream() {
            private long position;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) {
                    return 0;
                }
                if (!await(position)) {
                    return -1;
                }
                int n = channel.read(ByteBuffer.wrap(b, off, len), position);
                if (n > 0) {
                    position += n;
                }
                return n < 0 ? -1 : n;
            }

            @Override
            public void close() throws IOException {
                channel.close();
            }
        };
    }
}
