package io.gemlink.orders.api;

import java.util.List;

/**
 * Fact: an order entered an account (fired in its transaction; mirroring observes it AFTER_SUCCESS), with the
 * dropship parts written with it, one per vendor, owed at that commit.
 */
public record OrderPlaced(long accountId, long orderId, List<Long> dropshipPartIds) {

    public OrderPlaced {
        dropshipPartIds = List.copyOf(dropshipPartIds);
    }
}
