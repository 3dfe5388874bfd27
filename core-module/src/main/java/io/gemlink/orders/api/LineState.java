package io.gemlink.orders.api;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where one order line stands. A vendor answers each line of its dropship order (ACCEPTED or REJECTED); either
 * side may cancel (the distributor's cancel makes its lines CANCELLED, the vendor's makes them REJECTED); a
 * shipment on the order ships its live lines. REJECTED and CANCELLED are final. A distributor's linked line
 * shows its vendor line's state. docs/lifecycle.md draws the transitions.
 */
public enum LineState {
    OPEN,
    ACCEPTED,
    REJECTED,
    CANCELLED,
    SHIPPED;

    /** Still to be shipped: a shipment ships these. */
    public static final Set<LineState> LIVE = EnumSet.of(OPEN, ACCEPTED);

    /** Closed without a shipment, for good. */
    public boolean closed() {
        return this == REJECTED || this == CANCELLED;
    }
}
