/**
 * The vendor's catalog (what any account keeps as its products): JSON upsert by SKU, CSV import in
 * batches, search, patch and delete. Fires {@link io.gemlink.catalog.api.ProductsChanged} in the
 * transaction of every write, {@link io.gemlink.catalog.api.StockChanged} instead for a PATCH of the quantity
 * alone (linking-module refreshes linked products from them after the commit).
 * Observes nothing. The one owner of the {@code product} table: linking-module's imports write the
 * distributor's linked products through {@link io.gemlink.catalog.api.LinkedProducts}
 * ({@code LinkedProductWriter}) and bring them a vendor's stock through {@link io.gemlink.catalog.api.LinkedStock}
 * ({@code LinkedStockWriter}), orders-module reserves stock through
 * {@link io.gemlink.catalog.api.StockReservations} ({@code CatalogStock}); what a linked product holds
 * is decided by linking-module (feed rows, pricing, the fields the distributor keeps).
 * {@link io.gemlink.catalog.boundary.CatalogStats} counts an account's products for the admin's overview (its own,
 * its linked ones, its own low on stock that distributors link to; docs/dashboards.md);
 * {@link io.gemlink.catalog.boundary.CatalogGroups} reads the admin's catalog list by product, a variant group being
 * one (docs/screens.md, "Variant groups").
 */
package io.gemlink.catalog.boundary;
