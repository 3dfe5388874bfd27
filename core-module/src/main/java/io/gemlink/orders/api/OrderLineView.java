package io.gemlink.orders.api;

import java.math.BigDecimal;

/**
 * One order line: its 1-based, stable number, its state and, when it was rejected, why; {@code backordered} when
 * the vendor's stock could not cover it. A distributor's linked line shows its vendor line's state and rejection,
 * and the ship date its vendor proposed ({@code proposedShipDate}, null when none was).
 */
public record OrderLineView(
        int lineNo,
        String sku,
        String title,
        int quantity,
        BigDecimal unitPrice,
        boolean backordered,
        LineState state,
        RejectionView rejection,
        ProposalView proposedShipDate) {}
