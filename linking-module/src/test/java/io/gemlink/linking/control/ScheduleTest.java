package io.gemlink.linking.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The two rules of {@link Schedule} that production calls: {@code nextAfter} (ImportClaims sets a claimed
 * source's next run with it, ImportSourceService a changed source's) and {@code isStale} (Views, the
 * {@code stale} flag of every source the API and the screens show). Which sources are due is the
 * database's {@code ImportSource.DUE} statement (ClaimStatementsTest); the timer path end to end is
 * ImportScheduleIT.
 */
class ScheduleTest {

    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

    @Test
    void theNextRunIsOneIntervalAfterTheStartOfThisRunWhateverSlotsWereMissed() {
        // the source was due at 07:00 (five hourly slots missed while the server was down); it runs at 12:00
        Instant next = Schedule.nextAfter(NOW, 60);

        assertThat(next).isEqualTo(Instant.parse("2026-11-27T13:00:00Z"));
    }

    @Test
    void staleAfterMoreThanThreeIntervalsWithoutAConfirmation() {
        Instant created = NOW.minus(Duration.ofDays(1));
        assertThat(Schedule.isStale(NOW.minus(Duration.ofMinutes(30)), created, 10, 3, NOW))
                .as("exactly 3 intervals")
                .isFalse();
        assertThat(Schedule.isStale(NOW.minus(Duration.ofMinutes(29)), created, 10, 3, NOW))
                .isFalse();
        assertThat(Schedule.isStale(NOW.minus(Duration.ofMinutes(31)), created, 10, 3, NOW))
                .isTrue();
    }

    @Test
    void aSourceNeverConfirmedCountsFromItsCreation() {
        assertThat(Schedule.isStale(null, NOW.minus(Duration.ofMinutes(5)), 10, 3, NOW))
                .isFalse();
        assertThat(Schedule.isStale(null, NOW.minus(Duration.ofMinutes(45)), 10, 3, NOW))
                .isTrue();
        assertThat(Schedule.isStale(NOW.minus(Duration.ofMinutes(5)), NOW.minus(Duration.ofDays(9)), 10, 3, NOW))
                .as("a recent confirmation wins over an old creation")
                .isFalse();
    }
}
