/**
 * The price rules vendors' feeds and distributors' imports share (docs/api.md): a {@link io.gemlink.pricing.api.Markup}
 * in percent, then a {@link io.gemlink.pricing.api.Rounding} that never goes down. feeds-module prices the rows of a
 * delivered feed with them, linking-module the linked products an import writes. Fires and observes nothing.
 */
package io.gemlink.pricing.api;
