package io.gemlink.it;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Polling until something is so, for the tests: a wait that runs out of time fails, naming what it
 * waited for and the last value it saw. None returns quietly at its deadline.
 */
final class Waits {

    private static final Duration POLL = Duration.ofMillis(250);

    private Waits() {}

    /**
     * @param what what the test waits for, as the failure should say it ("run 12 to end")
     * @return the first value {@code probe} gave that {@code done} accepts
     * @throws AssertionError after {@code limit}, with {@code what} and the last value seen
     */
    static <T> T until(String what, Supplier<T> probe, Predicate<T> done, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        T value = probe.get();
        while (!done.test(value)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + limit.toMillis() + " ms for " + what + "; last seen: " + value);
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what + "; last seen: " + value, e);
            }
            value = probe.get();
        }
        return value;
    }
}
