package io.gemlink.account.control;

import io.gemlink.account.api.DropshippingSettingsView;
import io.gemlink.platform.api.FieldError;
import java.util.List;

/**
 * An account's name for its shipments' extended field 1 (e.g. "Box number"): trimmed; blank means the default
 * label; at most {@value DropshippingSettingsView#MAX_EXTENDED_FIELD_NAME} characters (Java's, as Bean Validation's
 * {@code @Size} counts them) on one line.
 */
public final class ExtendedFieldNameRules {

    public static final String FIELD = "extendedField1Name";

    private ExtendedFieldNameRules() {}

    /** The name as stored (trimmed, null for blank); a broken rule is added to {@code errors}. */
    public static String check(String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String name = value.strip();
        if (name.length() > DropshippingSettingsView.MAX_EXTENDED_FIELD_NAME) {
            errors.add(new FieldError(
                    FIELD,
                    "must be at most " + DropshippingSettingsView.MAX_EXTENDED_FIELD_NAME + " characters (it has "
                            + name.length() + ")"));
        } else if (name.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError(FIELD, "must be one line, without control characters"));
        }
        return name;
    }
}
