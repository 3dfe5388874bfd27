package io.gemlink.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SealedTextTest {

    private final SealedText converter = new SealedText();

    @Test
    void valuesMarkedPlainByTheMigrationReadAsTheyWere() {
        assertThat(converter.convertToEntityAttribute("plain:old-shopify-secret"))
                .isEqualTo("old-shopify-secret");
    }

    @Test
    void nullStaysNull() {
        assertThat(converter.convertToEntityAttribute(null)).isNull();
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
    }
}
