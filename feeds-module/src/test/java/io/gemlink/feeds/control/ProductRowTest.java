package io.gemlink.feeds.control;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Stored UTC times as the drivers give them in text: with or without the fraction. */
class ProductRowTest {

    @Test
    void storedTimesReadAsUtcWithOrWithoutFraction() {
        assertThat(ProductRow.instant("2026-11-27 04:16:20")).isEqualTo(Instant.parse("2026-11-27T04:16:20Z"));
        assertThat(ProductRow.instant("2026-11-27 04:16:20.000000")).isEqualTo(Instant.parse("2026-11-27T04:16:20Z"));
        assertThat(ProductRow.instant("2026-11-27 04:16:20.1234")).isEqualTo(Instant.parse("2026-11-27T04:16:20.1234Z"));
        assertThat(ProductRow.instant("2026-11-27 04:16:20.123456789")).isEqualTo(Instant.parse("2026-11-27T04:16:20.123456789Z"));
        assertThat(ProductRow.instant("2026-11-27T04:16:20")).as("another shape goes to the formatter")
                .isEqualTo(Instant.parse("2026-11-27T04:16:20Z"));
        assertThat(ProductRow.instant((String) null)).isNull();
    }
}
