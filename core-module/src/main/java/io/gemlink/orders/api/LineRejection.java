package io.gemlink.orders.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A vendor's "no" to one line of its dropship order: the reason, and a note (required for {@code OTHER}).
 */
public record LineRejection(
        @NotNull(message = "is required") LineReason reason,

        @Size(max = LineRejection.MAX_NOTE, message = "must be at most {max} characters")
        String note) {

    public static final int MAX_NOTE = 500;
}
