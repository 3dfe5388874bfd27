package io.gemlink.platform.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * Runs a transaction again when it lost a transient conflict ({@link DatabaseConflicts}): up to 4 more
 * times, 10 to 90 ms apart (MicroProfile Fault Tolerance's {@code @Retry}, jittered so that the losers of
 * one deadlock do not meet again). Anything else passes through unchanged, at once.
 * <p>
 * The work must be a whole transaction of its own, started and ended inside the call: an EJB method with
 * {@code REQUIRES_NEW} (or one called without a transaction). Retrying inside a transaction that a
 * deadlock already marked for rollback would only fail again. Override the numbers with MicroProfile
 * Config, e.g. {@code io.gemlink.platform.api.ConflictRetry/run/Retry/maxRetries=8}.
 */
@ApplicationScoped
public class ConflictRetry {

    private static final Logger LOG = Logger.getLogger(ConflictRetry.class.getName());

    // maxDuration in the delay's unit: Payara compares the two numbers without their units at deploy
    @Retry(
            retryOn = TransientConflictException.class,
            maxRetries = 4,
            delay = 50,
            jitter = 40,
            delayUnit = ChronoUnit.MILLIS,
            jitterDelayUnit = ChronoUnit.MILLIS,
            maxDuration = 10_000,
            durationUnit = ChronoUnit.MILLIS)
    public <T> T run(Supplier<T> transaction) {
        try {
            return transaction.get();
        } catch (RuntimeException e) {
            if (e instanceof TransientConflictException || !DatabaseConflicts.isTransient(e)) {
                throw e;
            }
            LOG.info(
                    () -> "transient database conflict, rolled back; retried while attempts remain: " + rootMessage(e));
            throw new TransientConflictException(e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        for (int depth = 0; depth < 20 && root.getCause() != null && root.getCause() != root; depth++) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
