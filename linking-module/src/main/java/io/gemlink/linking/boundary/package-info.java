/**
 * The distributor side: import sources, scheduled imports, linked products.
 * Observes {@link io.gemlink.account.api.DropshippingSettingsChanged} (after commit) and records
 * what it means for imports in the account's activity log. Does not fetch feeds yet.
 */
package io.gemlink.linking.boundary;
