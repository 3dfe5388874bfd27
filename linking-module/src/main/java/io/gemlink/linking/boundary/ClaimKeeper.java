package io.gemlink.linking.boundary;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps a run's claim on its source fresh while the run works, so that a long run's claim never expires
 * and lets a second run of the source start beside it. Should the claim be lost all the same (the
 * refreshes could not reach the database for longer than the expiry), the run stops before its next write.
 */
final class ClaimKeeper implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ClaimKeeper.class.getName());

    private final AtomicBoolean lost = new AtomicBoolean();
    private final ScheduledFuture<?> refreshing;

    ClaimKeeper(ImportClaims claims, long sourceId, long runId, ScheduledExecutorService scheduler) {
        long every = Math.max(1, claims.refreshEvery().toMillis());
        refreshing = scheduler.scheduleWithFixedDelay(
                () -> {
                    try {
                        if (!claims.refresh(sourceId, runId)) {
                            lost.set(true);
                        }
                    } catch (RuntimeException e) {
                        LOG.log(
                                Level.WARNING,
                                "import run " + runId + " could not refresh its claim; it tries again",
                                e);
                    }
                },
                every,
                every,
                TimeUnit.MILLISECONDS);
    }

    /** Throws {@link Lost} once another run has taken the source over. */
    void ensureHeld() {
        if (lost.get()) {
            throw new Lost();
        }
    }

    @Override
    public void close() {
        refreshing.cancel(false);
    }

    /** The run no longer holds its source: it must write nothing more. */
    static final class Lost extends RuntimeException {
        Lost() {
            super("interrupted: this run's claim on the source expired and another run took it over");
        }
    }
}
