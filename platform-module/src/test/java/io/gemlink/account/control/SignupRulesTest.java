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

    @Test
    void refusesMarkupInTheNameAndTheAddress() {
        assertThatThrownBy(() -> SignupRules.check(
                        "<script>alert(1)</script>", "<script>alert(1)</script>@x.example", "long-enough"))
                .isInstanceOf(BadInputException.class)
                .extracting(e -> ((BadInputException) e)
                        .errors().stream()
                                .map(f -> f.field() + ": " + f.message())
                                .toList())
                .asList()
                .containsExactly("name: must not contain < or >", "email: is not a valid e-mail address");
        assertThatThrownBy(() -> SignupRules.checkName("Fine <b>Gems</b>"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("name: must not contain < or >");
        assertThatThrownBy(() -> SignupRules.checkLoginChange("a\"b@x.example", null))
                .isInstanceOf(BadInputException.class)
                .hasMessage("email: is not a valid e-mail address");
        assertThatCode(() ->
                        SignupRules.check("Smith & Sons (Fine) Jewelry", "o'brien+ops@gems.example", "long-enough"))
                .doesNotThrowAnyException();
    }
}
