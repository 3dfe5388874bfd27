package io.gemlink.orders.control;

import io.gemlink.orders.api.LineReason;
import io.gemlink.platform.api.Constraints;
import io.gemlink.platform.api.FieldError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a rejection or a cancel must carry beyond its record's constraints (a reason, a note of at most 500
 * characters): a note when the reason is OTHER, and, from a vendor, a vendor's reason (not CUSTOMER_REQUEST).
 */
public final class LineRules {

    private LineRules() {}

    /**
     * @param request the request record (its constraints are checked too)
     * @return the note, trimmed; null when blank
     * @throws io.gemlink.platform.api.BadInputException naming every offending field
     */
    public static String check(Object request, LineReason reason, String note, boolean byVendor) {
        List<FieldError> errors = new ArrayList<>();
        String trimmed = note == null || note.isBlank() ? null : note.strip();
        if (reason == LineReason.OTHER && trimmed == null) {
            errors.add(new FieldError("note", "is required when the reason is OTHER"));
        }
        if (reason != null && byVendor && !reason.forVendor()) {
            errors.add(new FieldError(
                    "reason",
                    "a vendor gives one of "
                            + Arrays.stream(LineReason.values())
                                    .filter(LineReason::forVendor)
                                    .toList()));
        }
        Constraints.check(request, errors);
        return trimmed;
    }
}
