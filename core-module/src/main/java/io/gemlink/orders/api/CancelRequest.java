package io.gemlink.orders.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Cancels an order, or some of its lines ({@code lines}: line numbers; none or empty: the whole order), with a
 * reason and a note (required for {@code OTHER}).
 */
public record CancelRequest(
        @NotNull(message = "is required") LineReason reason,

        @Size(max = LineRejection.MAX_NOTE, message = "must be at most {max} characters")
        String note,

        @Size(max = 500, message = "at most {max} lines")
        List<@NotNull(message = "is required") @Min(value = 1, message = "must be a line number, 1 or more") Integer>
                lines) {}
