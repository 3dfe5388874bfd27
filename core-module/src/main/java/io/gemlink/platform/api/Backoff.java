package io.gemlink.platform.api;

import java.time.Duration;
import java.time.Instant;

/**
 * When to try a failed attempt again (a webhook notice, a dropship part): {@code base × 2^(attempts-1)},
 * capped at {@code max}; after {@code maxAttempts} attempts, never (null).
 */
public record Backoff(Duration base, Duration max, int maxAttempts) {

    public Instant next(int attemptsSoFar, Instant now) {
        if (attemptsSoFar >= maxAttempts) {
            return null;
        }
        long factor = 1L << Math.min(Math.max(attemptsSoFar - 1, 0), 30);
        Duration delay = base.multipliedBy(factor);
        return now.plus(delay.compareTo(max) > 0 ? max : delay);
    }
}
