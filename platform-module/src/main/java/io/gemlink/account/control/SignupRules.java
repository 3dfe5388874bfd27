package io.gemlink.account.control;

import io.gemlink.platform.api.BadInputException;
import io.gemlink.platform.api.FieldError;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What a signup must carry; every broken rule is reported at once, each naming its field. */
public final class SignupRules {

    // deliberately simple: one @, something before, a dotted domain after, no spaces
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    public static final int MIN_PASSWORD = 8;

    private SignupRules() {
    }

    public static void check(String name, String email, String password) {
        List<FieldError> errors = new ArrayList<>();
        if (name == null || name.isBlank()) {
            errors.add(new FieldError("name", "is required"));
        } else if (name.trim().length() > 200) {
            errors.add(new FieldError("name", "must be at most 200 characters"));
        }
        if (email == null || email.isBlank()) {
            errors.add(new FieldError("email", "is required"));
        } else if (email.trim().length() > 254 || !EMAIL.matcher(email.trim()).matches()) {
            errors.add(new FieldError("email", "is not a valid e-mail address"));
        }
        if (password == null || password.isEmpty()) {
            errors.add(new FieldError("password", "is required"));
        } else if (password.length() < MIN_PASSWORD) {
            errors.add(new FieldError("password", "must be at least " + MIN_PASSWORD + " characters"));
        } else if (password.length() > 200) {
            errors.add(new FieldError("password", "must be at most 200 characters"));
        }
        if (!errors.isEmpty()) {
            throw new BadInputException(errors);
        }
    }
}
