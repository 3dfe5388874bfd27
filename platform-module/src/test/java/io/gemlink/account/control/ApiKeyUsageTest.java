package io.gemlink.account.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApiKeyUsageTest {

    private final ApiKeyUsage usage = new ApiKeyUsage();
    private final Instant t0 = Instant.parse("2026-11-30T10:00:00Z");

    @Test
    void writesTheFirstUseThenAtMostOnceAMinute() {
        assertThat(usage.shouldRecord(7, t0)).isTrue();
        assertThat(usage.shouldRecord(7, t0.plusSeconds(1))).isFalse();
        assertThat(usage.shouldRecord(7, t0.plusSeconds(59))).isFalse();
        assertThat(usage.shouldRecord(7, t0.plusSeconds(60))).isTrue();
        assertThat(usage.shouldRecord(7, t0.plusSeconds(61))).isFalse();
    }

    @Test
    void eachKeyHasItsOwnMinute() {
        assertThat(usage.shouldRecord(1, t0)).isTrue();
        assertThat(usage.shouldRecord(2, t0.plusSeconds(1))).isTrue();
    }

    @Test
    void aForgottenKeyIsWrittenAgainAtOnce() {
        usage.shouldRecord(3, t0);
        usage.forget(3);
        assertThat(usage.shouldRecord(3, t0.plusSeconds(1))).isTrue();
    }
}
