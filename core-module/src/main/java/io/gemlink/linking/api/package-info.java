/**
 * The distributor side as others see it: requests and views of import sources, runs and linked
 * products. Fires nothing; linking-module observes {@link io.gemlink.catalog.api.ProductsChanged}
 * and {@link io.gemlink.account.api.DropshippingSettingsChanged}.
 */
package io.gemlink.linking.api;
