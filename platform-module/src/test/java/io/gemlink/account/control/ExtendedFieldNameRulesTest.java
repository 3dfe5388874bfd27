package io.gemlink.account.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.gemlink.platform.api.FieldError;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtendedFieldNameRulesTest {

    private final List<FieldError> errors = new ArrayList<>();

    @Test
    void keepsANameTrimmed() {
        assertThat(ExtendedFieldNameRules.check("  Box number \t", errors)).isEqualTo("Box number");
        assertThat(errors).isEmpty();
    }

    @Test
    void aBlankNameMeansTheDefault() {
        assertThat(ExtendedFieldNameRules.check("   ", errors)).isNull();
        assertThat(ExtendedFieldNameRules.check(null, errors)).isNull();
        assertThat(errors).isEmpty();
    }

    @Test
    void acceptsFortyCharactersAndRefusesFortyOne() {
        assertThat(ExtendedFieldNameRules.check(" " + "x".repeat(40) + " ", errors))
                .hasSize(40);
        assertThat(errors).isEmpty();

        ExtendedFieldNameRules.check("x".repeat(41), errors);
        assertThat(errors)
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(tuple("extendedField1Name", "must be at most 40 characters (it has 41)"));
    }

    @Test
    void refusesALineBreak() {
        ExtendedFieldNameRules.check("Box\nnumber", errors);
        assertThat(errors).extracting(FieldError::field).containsExactly("extendedField1Name");
    }
}
