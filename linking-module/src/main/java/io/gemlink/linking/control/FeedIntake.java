package io.gemlink.linking.control;

import io.gemlink.feeds.api.FeedFormat;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * A feed body on its way in: spooled to a file and, while it still arrives, validated on another thread (the
 * checking pass of {@link FeedScan}), so that the validation ends soon after the download instead of starting
 * then. Nothing is written before both have ended, and a body that breaks off fails the download (reported) and
 * the validation (ignored) alike: a broken or truncated feed still changes nothing.
 */
public final class FeedIntake implements AutoCloseable {

    /** The validation of a whole body, and the format it was read in. */
    public record Checked(FeedFormat format, FeedScan.Result result) {}

    private final ExecutorService executor;
    private final RowMapper checking;
    private final int sampleLimit;
    private FeedSpool spool;
    private Future<Checked> validation;

    public FeedIntake(ExecutorService executor, RowMapper checking, int sampleLimit) {
        this.executor = executor;
        this.checking = checking;
        this.sampleLimit = sampleLimit;
    }

    /** The spool for a body of this {@code Content-Type} (may be null), already followed by the validation. */
    public FeedSpool open(String contentType) throws IOException {
        if (spool != null) {
            throw new IllegalStateException("one body per intake");
        }
        spool = FeedSpool.create();
        InputStream tail = spool.tail();
        validation = executor.submit(() -> {
            try (InputStream in = new BufferedInputStream(tail, 64 * 1024)) {
                FeedFormat format;
                try {
                    format = FeedScan.format(in, contentType);
                } catch (IOException e) {
                    throw new FeedException("feed body unreadable: " + e.getMessage(), e);
                }
                return new Checked(format, FeedScan.scan(in, format, checking, sampleLimit, row -> {}));
            }
        });
        return spool;
    }

    /** The validation, waited for: call after the download has ended with the whole body. */
    public Checked checked() throws FeedException {
        if (validation == null) {
            throw new IllegalStateException("no body was opened");
        }
        try {
            return validation.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof FeedException f) {
                throw f;
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while validating the feed", e);
        }
    }

    /**
     * Ends a validation that is still reading (a download that failed leaves its tail waiting) and waits for it:
     * no task reads the spool after this. The spool file is the caller's to delete.
     */
    @Override
    public void close() {
        if (validation == null) {
            return;
        }
        spool.fail();
        try {
            validation.get();
        } catch (ExecutionException ignored) {
            // the download's failure (or the feed's) is what the run reports
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
