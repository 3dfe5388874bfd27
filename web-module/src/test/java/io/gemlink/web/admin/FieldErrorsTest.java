package io.gemlink.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The words of a field that no input of the form shows (the ones with an input take the input's label). */
class FieldErrorsTest {

    @Test
    void aFieldInsideAListNamesItsPlaceCountedFromOne() {
        assertThat(FieldErrors.readable("stones[1].caratWeight".split("\\."))).isEqualTo("Stones 2, carat weight");
        assertThat(FieldErrors.readable(new String[] {"images[0]"})).isEqualTo("Images 1");
    }

    @Test
    void aPlainFieldReadsAsItsLabel() {
        assertThat(FieldErrors.readable(new String[] {"metalWeightGrams"})).isEqualTo("Metal weight (g)");
        assertThat(FieldErrors.readable("pricing.markupPercent".split("\\."))).isEqualTo("Pricing, markup percent");
    }
}
