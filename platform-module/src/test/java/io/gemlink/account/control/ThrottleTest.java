package io.gemlink.account.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ThrottleTest {

    /** A clock the test moves by hand. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-11-30T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private final TestClock clock = new TestClock();
    private final Throttle throttle = new Throttle(5, Duration.ofSeconds(60), 1000, clock);

    @Test
    void allowsTheBurstThenMakesTheNextAttemptWaitOneRefill() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.waitFor("a@example.com")).isEmpty();
            throttle.spend("a@example.com");
        }

        assertThat(throttle.waitFor("a@example.com")).contains(Duration.ofSeconds(60));
        clock.advance(Duration.ofSeconds(45));
        assertThat(throttle.waitFor("a@example.com")).contains(Duration.ofSeconds(15));
    }

    @Test
    void givesOneAttemptBackPerRefill() {
        for (int i = 0; i < 5; i++) {
            throttle.spend("10.0.0.1");
        }
        clock.advance(Duration.ofSeconds(60));

        assertThat(throttle.waitFor("10.0.0.1")).isEmpty();
        throttle.spend("10.0.0.1");
        assertThat(throttle.waitFor("10.0.0.1")).contains(Duration.ofSeconds(60));
    }

    @Test
    void aFullyRefilledKeyHasItsWholeBurstAgain() {
        for (int i = 0; i < 5; i++) {
            throttle.spend("k");
        }
        clock.advance(Duration.ofMinutes(10));

        for (int i = 0; i < 5; i++) {
            assertThat(throttle.waitFor("k")).isEmpty();
            throttle.spend("k");
        }
        assertThat(throttle.waitFor("k")).isPresent();
    }

    @Test
    void keysAreIndependentAndForgivingResets() {
        for (int i = 0; i < 5; i++) {
            throttle.spend("blocked");
        }

        assertThat(throttle.waitFor("other")).isEmpty();
        throttle.forgive("blocked");
        assertThat(throttle.waitFor("blocked")).isEmpty();
    }

    @Test
    void remembersAtMostMaxKeysDroppingTheLeastRecentlyUsed() {
        Throttle small = new Throttle(1, Duration.ofMinutes(1), 2, clock);
        small.spend("a");
        small.spend("b");
        small.waitFor("a"); // a is now more recent than b
        small.spend("c");

        assertThat(small.waitFor("a")).isPresent();
        assertThat(small.waitFor("c")).isPresent();
        assertThat(small.waitFor("b")).isEmpty();
    }

    @Test
    void twoServersSharingTheBucketsShareOneBudget() {
        Throttle.Buckets shared = Throttle.inMemory(100);
        Throttle one = new Throttle(4, Duration.ofSeconds(60), clock, shared);
        Throttle two = new Throttle(4, Duration.ofSeconds(60), clock, shared);
        for (int i = 0; i < 2; i++) {
            one.spend("a@example.com");
            two.spend("a@example.com");
        }

        assertThat(one.waitFor("a@example.com")).contains(Duration.ofSeconds(60));
        assertThat(two.waitFor("a@example.com")).contains(Duration.ofSeconds(60));
    }

    @Test
    void anAttemptSpentMeanwhileByAnotherServerIsNotLost() {
        Throttle.Buckets shared = Throttle.inMemory(100);
        Throttle other = new Throttle(2, Duration.ofSeconds(60), clock, shared);
        // the other server spends between this one's read and its write, once
        Throttle.Buckets racing = new Throttle.Buckets() {
            boolean raced;

            @Override
            public Long get(String key) {
                Long full = shared.get(key);
                if (!raced) {
                    raced = true;
                    other.spend(key);
                }
                return full;
            }

            @Override
            public boolean putIfAbsent(String key, long fullAt) {
                return shared.putIfAbsent(key, fullAt);
            }

            @Override
            public boolean replace(String key, long expected, long fullAt) {
                return shared.replace(key, expected, fullAt);
            }

            @Override
            public void remove(String key) {
                shared.remove(key);
            }
        };
        new Throttle(2, Duration.ofSeconds(60), clock, racing).spend("k");

        assertThat(other.waitFor("k")).as("both attempts count").contains(Duration.ofSeconds(60));
    }
}
