package io.gemlink.tracking.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.gemlink.platform.api.Backoff;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookTest {

    @Test
    void signatureIsTheHexHmacSha256OfTheBody() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
        assertThat(WebhookSignature.header("Jefe", "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void backoffDoublesUpToTheCapAndStopsAfterTheLastAttempt() {
        Backoff backoff = new Backoff(Duration.ofSeconds(10), Duration.ofSeconds(60), 5);
        Instant now = Instant.parse("2026-11-27T00:00:00Z");
        assertThat(backoff.next(1, now)).isEqualTo(now.plusSeconds(10));
        assertThat(backoff.next(2, now)).isEqualTo(now.plusSeconds(20));
        assertThat(backoff.next(3, now)).isEqualTo(now.plusSeconds(40));
        assertThat(backoff.next(4, now)).isEqualTo(now.plusSeconds(60));
        assertThat(backoff.next(5, now)).isNull();
    }

    @Test
    void webhookUrlsMustBeHttpAndSecretsLongEnough() {
        org.assertj.core.api.Assertions.assertThatCode(
                        () -> WebhookRules.check("https://shop.example/hooks", "0123456789abcdef", false))
                .doesNotThrowAnyException();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WebhookRules.check("ftp://x/y", "short", false))
                .hasMessageContaining("url");
        org.assertj.core.api.Assertions.assertThatCode(() -> WebhookRules.check("http://127.0.0.1:9/x", null, true))
                .doesNotThrowAnyException();
    }
}
