package io.gemlink.account.control;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Attempts per key (a client address, an e-mail address) as a token bucket: a key may spend
 * {@code attempts} at once and gets one back every {@code refill}. Stored per key as the instant its
 * bucket is full again (epoch milliseconds), so a key costs one entry however often it tries. Where the entries
 * live is {@link Buckets}': this server's memory ({@link #inMemory}), or a cache that every instance of a cluster
 * shares ({@link Throttles}); an attempt is spent by compare-and-set, so instances spending at once lose none.
 */
public final class Throttle {

    /** One entry per key: the epoch millisecond its bucket is full again. Atomic per call. */
    public interface Buckets {
        Long get(String key);

        boolean putIfAbsent(String key, long fullAt);

        boolean replace(String key, long expected, long fullAt);

        void remove(String key);
    }

    private final int attempts;
    private final Duration refill;
    private final Clock clock;
    private final Buckets buckets;

    /** A throttle in this server's memory, of at most {@code maxKeys} keys (the least recently used are forgotten). */
    public Throttle(int attempts, Duration refill, int maxKeys, Clock clock) {
        this(attempts, refill, clock, inMemory(maxKeys));
    }

    public Throttle(int attempts, Duration refill, Clock clock, Buckets buckets) {
        if (attempts < 1 || refill.isNegative() || refill.isZero()) {
            throw new IllegalArgumentException("a throttle needs at least one attempt and a positive refill");
        }
        this.attempts = attempts;
        this.refill = refill;
        this.clock = clock;
        this.buckets = buckets;
    }

    /** How long an entry matters after its last change: then its bucket is full whatever it held. */
    public static Duration span(int attempts, Duration refill) {
        return refill.multipliedBy(attempts);
    }

    /** How long the key must wait for its next attempt; empty if it may try now. */
    public Optional<Duration> waitFor(String key) {
        Long full = buckets.get(key);
        long now = clock.millis();
        if (full == null || full <= now) {
            return Optional.empty();
        }
        // less than one attempt left while the bucket is more than (attempts - 1) refills from full
        long next = full - refill.multipliedBy(attempts - 1L).toMillis();
        return next > now ? Optional.of(Duration.ofMillis(next - now)) : Optional.empty();
    }

    /** Spends one attempt of the key. */
    public void spend(String key) {
        for (int tries = 0; tries < 100; tries++) { // another instance spent meanwhile: read again
            long now = clock.millis();
            Long full = buckets.get(key);
            long next = (full == null || full < now ? now : full) + refill.toMillis();
            if (full == null ? buckets.putIfAbsent(key, next) : buckets.replace(key, full, next)) {
                return;
            }
        }
        throw new IllegalStateException("attempt of " + key + " not recorded: the throttle's entry kept changing");
    }

    /** Gives the key all its attempts back. */
    public void forgive(String key) {
        buckets.remove(key);
    }

    /** Buckets in this JVM, at most {@code maxKeys}; beyond that the least recently used are forgotten. */
    public static Buckets inMemory(int maxKeys) {
        Map<String, Long> map = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
                return size() > maxKeys;
            }
        };
        return new Buckets() {
            @Override
            public synchronized Long get(String key) {
                return map.get(key);
            }

            @Override
            public synchronized boolean putIfAbsent(String key, long fullAt) {
                return map.putIfAbsent(key, fullAt) == null;
            }

            @Override
            public synchronized boolean replace(String key, long expected, long fullAt) {
                return map.replace(key, expected, fullAt);
            }

            @Override
            public synchronized void remove(String key) {
                map.remove(key);
            }
        };
    }
}
