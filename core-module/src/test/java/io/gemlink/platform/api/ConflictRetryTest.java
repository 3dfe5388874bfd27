package io.gemlink.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeExecutor;
import jakarta.ejb.EJBException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The retry policy of {@link ConflictRetry} with the defaults' counts, waiting a millisecond or two. */
class ConflictRetryTest {

    private static final FailsafeExecutor<Object> RETRIES = Failsafe.with(ConflictRetry.policy(4, 2, 1, 10_000));

    /** A deadlock as the container hands it on: the driver's exception inside the EJB's. */
    private static RuntimeException deadlock() {
        return new EJBException(new SQLTransactionRollbackException("Deadlock found", "40001", 1213));
    }

    @Test
    void aTransactionThatLostADeadlockRunsAgainUntilItGoesThrough() {
        AtomicInteger attempts = new AtomicInteger();
        String result = ConflictRetry.run(RETRIES, () -> {
            if (attempts.incrementAndGet() < 3) {
                throw deadlock();
            }
            return "written";
        });
        assertThat(result).isEqualTo("written");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void aConflictThatOutlastsTheAttemptsComesOutAsATransientConflictAfterFiveTries() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> ConflictRetry.run(RETRIES, () -> {
                    attempts.incrementAndGet();
                    throw deadlock();
                }))
                .isInstanceOf(TransientConflictException.class)
                .hasRootCauseInstanceOf(SQLTransactionRollbackException.class);
        assertThat(attempts).hasValue(5);
    }

    @Test
    void anyOtherFailurePassesThroughAtOnceAndUnchanged() {
        AtomicInteger attempts = new AtomicInteger();
        IllegalArgumentException bad = new IllegalArgumentException("quantity: must be 1 or more");
        assertThatThrownBy(() -> ConflictRetry.run(RETRIES, () -> {
                    attempts.incrementAndGet();
                    throw bad;
                }))
                .isSameAs(bad);
        assertThat(attempts).hasValue(1);
    }
}
