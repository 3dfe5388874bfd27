package io.gemlink.feeds.control;

/**
 * The one place that says how many units of a product a vendor can still sell, as feeds show it and
 * filter on it ({@code inStockOnly}). For now that is the product's quantity; when orders reserve
 * stock, subtract the open reservations here (and let the delivered feed's ETag see them change).
 */
public final class SellableStock {

    private SellableStock() {
    }

    /** The SQL expression, over the {@code product} row aliased {@code p}, of the sellable quantity. */
    public static String sql() {
        return "GREATEST(p.quantity, 0)";
    }
}
