package io.gemlink.account.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicIdsTest {

    @Test
    void takesTheInitialsOfTheFirstTwoWords() {
        assertThat(PublicIds.of("Valentina Gold & Co", 42)).isEqualTo("VG-100042");
    }

    @Test
    void stripsAccentsAndPunctuation() {
        assertThat(PublicIds.of("Éclat d'Or", 7)).isEqualTo("ED-100007");
    }

    @Test
    void usesTwoLettersOfASingleWord() {
        assertThat(PublicIds.of("Lumière", 1)).isEqualTo("LU-100001");
    }

    @Test
    void fallsBackWhenTheNameHasNoLetters() {
        assertThat(PublicIds.of("123 456", 3)).isEqualTo("GL-100003");
        assertThat(PublicIds.of("X", 3)).isEqualTo("XG-100003");
    }
}
