package io.gemlink.tracking.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.gemlink.platform.api.Backoff;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class WebhookTest {

    @Test
    void signatureIsTheHexHmacSha256OfTheTimestampDotBody() throws Exception {
        // the JDK's HMAC over the text "<timestamp>.<body>"; and it differs from the body's alone
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("Jefe".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected =
                HexFormat.of().formatHex(mac.doFinal("1764547200.{\"a\":1}".getBytes(StandardCharsets.UTF_8)));
        assertThat(WebhookSignature.header("Jefe", 1764547200L, "{\"a\":1}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("sha256=" + expected);
        assertThat(expected).isNotEqualTo(HexFormat.of().formatHex(mac.doFinal("{\"a\":1}".getBytes())));
    }

    @Test
    void eventsMustBeKnownNamesAndAtLeastOne() {
        assertThat(WebhookRules.check(
                        "https://shop.example/hooks",
                        "0123456789abcdef",
                        false,
                        java.util.List.of("shipment.added", "dropship_order.created", "shipment.added")))
                .containsExactly("dropship_order.created", "shipment.added");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WebhookRules.check(
                        "https://shop.example/hooks",
                        "0123456789abcdef",
                        false,
                        java.util.List.of("shipment.added", "order.shipped")))
                .isInstanceOfSatisfying(
                        io.gemlink.platform.api.BadInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(io.gemlink.platform.api.FieldError::field)
                                .containsExactly("events[1]"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WebhookRules.check(
                        "https://shop.example/hooks", "0123456789abcdef", false, java.util.List.of()))
                .hasMessageContaining("events");
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
