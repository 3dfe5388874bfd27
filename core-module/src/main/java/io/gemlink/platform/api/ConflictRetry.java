package io.gemlink.platform.api;

import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeExecutor;
import dev.failsafe.RetryPolicy;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * Runs a transaction again when it lost a transient conflict ({@link DatabaseConflicts}): up to 4 more
 * times, 10 to 90 ms apart (jittered so that the losers of one deadlock do not meet again), within 10 s in all; when
 * the attempts are used up, the last conflict comes out as a {@link TransientConflictException}. Anything else passes
 * through unchanged, at once.
 * <p>
 * The work must be a whole transaction of its own, started and ended inside the call: an EJB method with
 * {@code REQUIRES_NEW} (or one called without a transaction). Retrying inside a transaction that a
 * deadlock already marked for rollback would only fail again. The numbers are configuration ({@link RetryConfig}).
 * <p>
 * The retries are Failsafe's, a library inside the application, not MicroProfile Fault Tolerance's {@code @Retry}:
 * Payara keeps Fault Tolerance's state of every annotated method for as long as the server runs, and with it the
 * deployment that declared the method (docs/platform.md, "Redeploys").
 */
@ApplicationScoped
public class ConflictRetry {

    private static final Logger LOG = Logger.getLogger(ConflictRetry.class.getName());

    @Inject
    @ConfigProperties
    RetryConfig config;

    private FailsafeExecutor<Object> retries;

    @PostConstruct
    void init() {
        retries = Failsafe.with(
                policy(config.maxRetries, config.delayMillis, config.jitterMillis, config.maxDurationMillis));
    }

    /** The policy: only a transient conflict is tried again. */
    static RetryPolicy<Object> policy(int maxRetries, long delayMillis, long jitterMillis, long maxDurationMillis) {
        return RetryPolicy.builder()
                .handleIf((Throwable e) -> DatabaseConflicts.isTransient(e))
                .withMaxRetries(maxRetries)
                .withDelay(Duration.ofMillis(delayMillis))
                .withJitter(Duration.ofMillis(jitterMillis))
                .withMaxDuration(Duration.ofMillis(maxDurationMillis))
                .onRetry(e -> LOG.info(() -> "transient database conflict, rolled back; attempt "
                        + (e.getAttemptCount() + 1) + ": " + rootMessage(e.getLastException())))
                .build();
    }

    public <T> T run(Supplier<T> transaction) {
        return run(retries, transaction);
    }

    /** Runs {@code transaction} under {@code retries}; a conflict that outlasted them comes out as one exception. */
    static <T> T run(FailsafeExecutor<Object> retries, Supplier<T> transaction) {
        try {
            return retries.get(transaction::get);
        } catch (RuntimeException e) {
            if (e instanceof TransientConflictException || !DatabaseConflicts.isTransient(e)) {
                throw e;
            }
            throw new TransientConflictException(e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        for (int depth = 0; root != null && depth < 20 && root.getCause() != null && root.getCause() != root; depth++) {
            root = root.getCause();
        }
        return root == null ? "" : root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
