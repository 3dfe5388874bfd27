/**
 * The vendor's catalog (what any account keeps as its products): JSON upsert by SKU, CSV import in
 * batches, search, patch and delete. Fires {@link io.gemlink.catalog.api.ProductsChanged} in the
 * transaction of every write (linking-module refreshes linked products from it after the commit).
 * Observes nothing. Does not fill the {@code link} of linked products: that is linking-module's.
 */
package io.gemlink.catalog.boundary;
