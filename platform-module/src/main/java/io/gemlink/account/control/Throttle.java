package io.gemlink.account.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Attempts per key (a client address, an e-mail address) as a token bucket: a key may spend
 * {@code attempts} at once and gets one back every {@code refill}. Stored per key as the instant its
 * bucket is full again, so a key costs one entry however often it tries. In this server's memory, at
 * most {@code maxKeys} keys; beyond that the least recently used are forgotten (they start full again).
 */
public final class Throttle {

    private final int attempts;
    private final Duration refill;
    private final Clock clock;
    private final Map<String, Instant> fullAt;

    public Throttle(int attempts, Duration refill, int maxKeys, Clock clock) {
        if (attempts < 1 || refill.isNegative() || refill.isZero()) {
            throw new IllegalArgumentException("a throttle needs at least one attempt and a positive refill");
        }
        this.attempts = attempts;
        this.refill = refill;
        this.clock = clock;
        this.fullAt = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
                return size() > maxKeys;
            }
        };
    }

    /** How long the key must wait for its next attempt; empty if it may try now. */
    public synchronized Optional<Duration> waitFor(String key) {
        Instant full = fullAt.get(key);
        Instant now = clock.instant();
        if (full == null) {
            return Optional.empty();
        }
        if (!full.isAfter(now)) {
            fullAt.remove(key);
            return Optional.empty();
        }
        // less than one attempt left while the bucket is more than (attempts - 1) refills from full
        Instant next = full.minus(refill.multipliedBy(attempts - 1L));
        return next.isAfter(now) ? Optional.of(Duration.between(now, next)) : Optional.empty();
    }

    /** Spends one attempt of the key. */
    public synchronized void spend(String key) {
        Instant now = clock.instant();
        Instant full = fullAt.get(key);
        fullAt.put(key, (full == null || full.isBefore(now) ? now : full).plus(refill));
    }

    /** Gives the key all its attempts back. */
    public synchronized void forgive(String key) {
        fullAt.remove(key);
    }
}
