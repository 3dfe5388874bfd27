package io.gemlink.account.control;

import io.gemlink.platform.api.Constraints;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What a signup must carry, as constraints; every broken rule is reported at once, each naming its field. */
public final class SignupRules {

    public static final int MIN_PASSWORD = 8;
    private static final String NOT_AN_EMAIL = "is not a valid e-mail address";
    // deliberately simple: one @, something before, a dotted domain after, no spaces, and none of the characters
    // an address may not hold unquoted (RFC 5322), which markup needs: <script>@x.io is not an address
    private static final String EMAIL_PART = "[^@\\s<>()\\[\\]\\\\,;:\"]+";
    private static final String EMAIL = EMAIL_PART + "@" + EMAIL_PART + "\\." + EMAIL_PART;
    // a business name is text partners read everywhere (feeds, orders, screens): no markup
    private static final String NAME = "[^<>]*";
    private static final String NAME_MARKUP = "must not contain < or >";

    private SignupRules() {}

    /** A signup as checked: name and e-mail trimmed, the password as typed. */
    record Signup(
            @NotBlank(message = "is required")
            @Size(max = 200, message = "must be at most {max} characters")
            @Pattern(regexp = NAME, message = NAME_MARKUP)
            String name,

            @NotBlank(message = "is required")
            @Size(max = 254, message = NOT_AN_EMAIL)
            @Pattern(regexp = EMAIL, message = NOT_AN_EMAIL)
            String email,

            @NotEmpty(message = "is required")
            @Size(min = MIN_PASSWORD, message = "must be at least {min} characters")
            @Size(max = 200, message = "must be at most {max} characters")
            String password) {}

    /** A new name for an account. */
    record Name(
            @NotBlank(message = "is required")
            @Size(max = 200, message = "must be at most {max} characters")
            @Pattern(regexp = NAME, message = NAME_MARKUP)
            String name) {}

    /** A user's new login: either may be null (unchanged); what is given follows the signup's rules. */
    record LoginChange(
            @Size(max = 254, message = NOT_AN_EMAIL) @Pattern(regexp = EMAIL, message = NOT_AN_EMAIL)
            String email,

            @Size(min = MIN_PASSWORD, message = "must be at least {min} characters")
            @Size(max = 200, message = "must be at most {max} characters")
            String password) {}

    /** A new password chosen through a reset: required, and the signup's rule. */
    record NewPassword(
            @NotEmpty(message = "is required")
            @Size(min = MIN_PASSWORD, message = "must be at least {min} characters")
            @Size(max = 200, message = "must be at most {max} characters")
            String password) {}

    /** @throws io.gemlink.platform.api.BadInputException naming {@code password} */
    public static void checkNewPassword(String password) {
        Constraints.check(new NewPassword(password), List.of());
    }

    /** @throws io.gemlink.platform.api.BadInputException naming {@code name} */
    public static void checkName(String name) {
        Constraints.check(new Name(name == null ? null : name.trim()), List.of());
    }

    /** @throws io.gemlink.platform.api.BadInputException naming {@code email} or {@code password} */
    public static void checkLoginChange(String email, String password) {
        Constraints.check(new LoginChange(email, password), List.of());
    }

    /** @throws io.gemlink.platform.api.BadInputException naming every offending field */
    public static void check(String name, String email, String password) {
        Constraints.check(
                new Signup(name == null ? null : name.trim(), email == null ? null : email.trim(), password),
                List.of());
    }
}
