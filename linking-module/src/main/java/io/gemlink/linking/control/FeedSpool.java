package io.gemlink.linking.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies a feed body to a temporary file, never more than a cap: a feed is validated whole before any write. */
final class FeedSpool {

    private FeedSpool() {}

    static FeedException tooLarge(long maxBytes) {
        return new FeedException("too large: the feed is over " + maxBytes + " bytes (gemlink.linking.max-feed-bytes)");
    }

    /**
     * @throws FeedException over {@code maxBytes} ("too large")
     * @throws IOException   the body broke off or stopped (the caller names why)
     */
    static Path spool(InputStream body, long maxBytes) throws IOException, FeedException {
        Path file = Files.createTempFile("gemlink-feed-", ".body");
        boolean kept = false;
        try (InputStream in = body;
                OutputStream out = Files.newOutputStream(file)) {
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
            return file;
        } finally {
            if (!kept) {
                FeedClient.deleteQuietly(file);
            }
        }
    }
}
