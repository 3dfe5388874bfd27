package io.gemlink.account.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHashFormatTest {

    private static final String SALT_AND_HASH = ":c2FsdHNhbHRzYWx0c2FsdA==:aGFzaGhhc2hoYXNoaGFzaA==";

    @Test
    void aHashWithFewerIterationsOrAnotherAlgorithmIsRewritten() {
        assertThat(PasswordHashFormat.needsRehash(
                        "PBKDF2WithHmacSHA256:2048" + SALT_AND_HASH, "PBKDF2WithHmacSHA256", 600_000))
                .isTrue();
        assertThat(PasswordHashFormat.needsRehash(
                        "PBKDF2WithHmacSHA512:600000" + SALT_AND_HASH, "PBKDF2WithHmacSHA256", 600_000))
                .isTrue();
    }

    @Test
    void aHashOfTheCurrentCostOrMoreStays() {
        assertThat(PasswordHashFormat.needsRehash(
                        "PBKDF2WithHmacSHA256:600000" + SALT_AND_HASH, "PBKDF2WithHmacSHA256", 600_000))
                .isFalse();
        assertThat(PasswordHashFormat.needsRehash(
                        "PBKDF2WithHmacSHA256:900000" + SALT_AND_HASH, "PBKDF2WithHmacSHA256", 600_000))
                .isFalse();
    }

    @Test
    void anUnreadableHashIsRewritten() {
        assertThat(PasswordHashFormat.needsRehash("garbage", "PBKDF2WithHmacSHA256", 600_000))
                .isTrue();
        assertThat(PasswordHashFormat.needsRehash(
                        "PBKDF2WithHmacSHA256:many" + SALT_AND_HASH, "PBKDF2WithHmacSHA256", 600_000))
                .isTrue();
    }
}
