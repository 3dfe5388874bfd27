package io.gemlink.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    private final SecretBox box = new SecretBox(randomKey());

    @Test
    void sealsToVersionedTextThatOpensToTheSecret() {
        String sealed = box.seal("whsec-0123456789abcdef ünïcode");

        assertThat(sealed).startsWith("v1:").doesNotContain("whsec").doesNotContain("0123456789abcdef");
        assertThat(SecretBox.isSealed(sealed)).isTrue();
        assertThat(box.open(sealed)).isEqualTo("whsec-0123456789abcdef ünïcode");
    }

    @Test
    void everySealingUsesAFreshNonce() {
        assertThat(box.seal("same secret")).isNotEqualTo(box.seal("same secret"));
    }

    @Test
    void anotherKeyCannotOpen() {
        String sealed = box.seal("shared-secret-value");

        assertThatThrownBy(() -> new SecretBox(randomKey()).open(sealed))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("another gemlink.secrets.key");
    }

    @Test
    void aChangedValueDoesNotOpen() {
        String sealed = box.seal("shared-secret-value");
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
        bytes[bytes.length - 1] ^= 1;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(bytes);

        assertThatThrownBy(() -> box.open(tampered)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> box.open("v1:AAAA")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> box.open("plain secret")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theKeyMustBeBase64Of32Bytes() {
        String good = Base64.getEncoder().encodeToString(randomKey());
        assertThat(SecretBox.ofBase64(good + "\n").open(SecretBox.ofBase64(good).seal("x")))
                .isEqualTo("x");

        assertThatThrownBy(() -> SecretBox.ofBase64(Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> SecretBox.ofBase64("not base64 at all!"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("base64");
    }

    @Test
    void plainValuesAreNotTakenForSealedOnes() {
        assertThat(SecretBox.isSealed("my-webhook-secret")).isFalse();
        assertThat(SecretBox.isSealed(null)).isFalse();
    }
}
