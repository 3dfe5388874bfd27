package io.gemlink.account.control;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gemlink.platform.api.BadInputException;
import io.gemlink.platform.api.FieldError;
import org.junit.jupiter.api.Test;

class SignupRulesTest {

    @Test
    void acceptsAPlainSignup() {
        assertThatCode(() -> SignupRules.check("Valentina Gold", "ops@valentina.example", "s3cret-pass"))
                .doesNotThrowAnyException();
    }

    @Test
    void namesEveryBrokenFieldAtOnce() {
        assertThatThrownBy(() -> SignupRules.check(" ", "not-an-email", "short"))
                .isInstanceOf(BadInputException.class)
                .extracting(e -> ((BadInputException) e)
                        .errors().stream().map(FieldError::field).toList())
                .asList()
                .containsExactly("name", "email", "password");
    }

    @Test
    void requiresAnEmail() {
        assertThatThrownBy(() -> SignupRules.check("Shop", null, "long-enough"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("email: is required");
    }
}
