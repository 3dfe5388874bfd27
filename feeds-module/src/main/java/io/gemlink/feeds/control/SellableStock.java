package io.gemlink.feeds.control;

/**
 * The one place that says how many units of a product a vendor can still sell, as feeds show it and
 * filter on it ({@code inStockOnly}): the product's quantity, never below zero. Reservations are already
 * in it: mirroring a dropship order takes the units off the vendor's {@code quantity} (orders-module).
 */
public final class SellableStock {

    private SellableStock() {}

    /** The SQL expression, over the {@code product} row aliased {@code p}, of the sellable quantity. */
    public static String sql() {
        return "GREATEST(p.quantity, 0)";
    }
}
