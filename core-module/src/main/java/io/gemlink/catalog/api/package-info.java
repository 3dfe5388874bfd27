/**
 * The catalog as other modules and partners see it: product records ({@link io.gemlink.catalog.api.ProductData}
 * in, {@link io.gemlink.catalog.api.ProductView} out), the answers of JSON and CSV loading, and the fact
 * {@link io.gemlink.catalog.api.ProductsChanged}, fired by feeds-module in the transaction of every
 * catalog write (linking-module observes it after the commit to refresh linked products), and the
 * catalog's doors for the modules that do not own {@code product}: {@link io.gemlink.catalog.api.LinkedProducts}
 * (linking's imports) and {@link io.gemlink.catalog.api.StockReservations} (orders). Holds no logic.
 */
package io.gemlink.catalog.api;
