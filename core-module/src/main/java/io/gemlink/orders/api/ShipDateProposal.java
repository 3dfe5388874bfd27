package io.gemlink.orders.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A vendor's proposal to ship a line later: {@code shipDate} as YYYY-MM-DD, after today (UTC; checked by hand,
 * so that a bad date is named like any other bad input), and a note.
 */
public record ShipDateProposal(
        @NotNull(message = "is required (YYYY-MM-DD, after today)")
        String shipDate,

        @Size(max = LineRejection.MAX_NOTE, message = "must be at most {max} characters")
        String note) {}
