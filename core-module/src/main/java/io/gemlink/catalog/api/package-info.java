/**
 * The catalog as other modules and partners see it: product records ({@link io.gemlink.catalog.api.ProductData}
 * in, {@link io.gemlink.catalog.api.ProductView} out, {@link io.gemlink.catalog.api.ProductGroup} for the admin's list
 * by product), the answers of JSON and CSV loading, and the fact
 * {@link io.gemlink.catalog.api.ProductsChanged}, fired by feeds-module in the transaction of every
 * catalog write (linking-module observes it after the commit to refresh linked products by a run), and
 * {@link io.gemlink.catalog.api.StockChanged} for a stock-only change instead (orders' reservations, a PATCH
 * of the quantity; linked products follow it without a run), and the
 * catalog's doors for the modules that do not own {@code product}: {@link io.gemlink.catalog.api.LinkedProducts}
 * (linking's imports), {@link io.gemlink.catalog.api.LinkedStock} (linking's stock follow-up) and
 * {@link io.gemlink.catalog.api.StockReservations} (orders). Holds no logic.
 */
package io.gemlink.catalog.api;
