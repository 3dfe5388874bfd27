package io.gemlink.catalog.api;

import java.time.Instant;
import java.util.List;

/**
 * Only the stock of these products of one account changed (an order's reservation, a PATCH of the quantity
 * alone that keeps the product on the same side of zero), fired in the transaction that wrote it, instead of
 * {@link ProductsChanged}. A distributor's linked products follow it without an import run (linking-module);
 * any other change is a {@link ProductsChanged}. Observers elsewhere use {@code TransactionPhase.AFTER_SUCCESS}.
 */
public record StockChanged(long accountId, List<String> skus, Instant at) {

    public StockChanged {
        skus = List.copyOf(skus);
    }
}
