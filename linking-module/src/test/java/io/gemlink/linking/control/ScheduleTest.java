package io.gemlink.linking.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ScheduleTest {

    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

    @Test
    void aRunAfterMissedSlotsSetsTheNextOneIntervalAfterItselfNotAfterTheMissedSlot() {
        // five hourly slots passed during downtime; the run that catches up starts now
        Instant next = Schedule.nextAfter(NOW, 60);

        assertThat(next).isEqualTo(NOW.plus(Duration.ofMinutes(60)));
    }

    @Test
    void staleAfterThreeIntervalsWithoutAGoodRun() {
        Instant created = NOW.minus(Duration.ofDays(1));
        assertThat(Schedule.isStale(NOW.minus(Duration.ofMinutes(29)), created, 10, 3, NOW)).isFalse();
        assertThat(Schedule.isStale(NOW.minus(Duration.ofMinutes(31)), created, 10, 3, NOW)).isTrue();
    }

    @Test
    void aNewSourceIsNotStaleUntilItHadTimeToRun() {
        assertThat(Schedule.isStale(null, NOW.minus(Duration.ofMinutes(5)), 10, 3, NOW)).isFalse();
        assertThat(Schedule.isStale(null, NOW.minus(Duration.ofMinutes(45)), 10, 3, NOW)).isTrue();
    }
}
