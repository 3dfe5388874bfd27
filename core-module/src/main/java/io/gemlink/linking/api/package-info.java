/**
 * The distributor side as others see it: requests and views of import sources, runs and linked products, and
 * {@link io.gemlink.linking.api.LinkDirectory} (may an order's products still go to their vendor; who is
 * linked to whom),
 * implemented in linking-module. linking-module fires {@link io.gemlink.catalog.api.ProductsChanged} for the
 * distributor products it zeroes or removes, and observes {@code ProductsChanged}, {@code StockChanged},
 * {@link io.gemlink.account.api.DropshippingSettingsChanged} and feeds' grant and feed events.
 */
package io.gemlink.linking.api;
