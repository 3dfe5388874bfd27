/**
 * What the import boundary uses: the feed client (allowed addresses only, timeouts, deadline,
 * byte cap, checked redirects, ETag, spooling), streamed readers for CSV
 * (Commons CSV), JSON (JSON-P {@code JsonParser}) and XML (StAX), row checks and pricing
 * ({@link io.gemlink.linking.control.RowMapper}, {@link io.gemlink.linking.control.Pricing},
 * {@link io.gemlink.linking.control.Rounding}), content hashes, SKU naming, and the due-time logic
 * ({@link io.gemlink.linking.control.Schedule}). No transactions, no persistence, no events.
 */
package io.gemlink.linking.control;
