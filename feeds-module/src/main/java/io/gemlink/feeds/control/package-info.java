/**
 * What the feed boundaries use: definition rules, pricing and rounding, grant tokens, the feed's SQL
 * (filter, ETag, count, keyset-paged rows), the one place that computes sellable stock
 * ({@link io.gemlink.feeds.control.SellableStock}) and the CSV/JSON/XML row writers.
 * Fires and observes nothing.
 */
package io.gemlink.feeds.control;
