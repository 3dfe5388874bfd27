package io.gemlink.platform.api;

import jakarta.ejb.ApplicationException;
import java.time.Duration;

/**
 * Too many attempts from one client address or for one e-mail address (signup, login); the web module
 * answers 429 with {@code Retry-After}. Nothing was done.
 */
@ApplicationException(rollback = true)
public class TooManyAttemptsException extends RuntimeException {

    private final Duration retryAfter;

    public TooManyAttemptsException(Duration retryAfter) {
        super("too many attempts; try again in " + seconds(retryAfter) + " s");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, at least 1: what {@code Retry-After} and the login page say. */
    public static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
