/**
 * What the import boundary uses: the feed client (allowed addresses only, timeouts, deadline,
 * byte cap, checked redirects, ETag, spooling), streamed readers for CSV
 * (Commons CSV), JSON (JSON-P {@code JsonParser}) and XML (StAX), row checks and pricing
 * ({@link io.gemlink.linking.control.RowMapper}, {@link io.gemlink.linking.control.Pricing}; the markup itself is
 * core's {@link io.gemlink.pricing.api.Markup}), content hashes,
 * SKU naming, the due-time logic ({@link io.gemlink.linking.control.Schedule}), and the plain JDBC of an
 * import's batches (looking up and inserting {@code product} rows on the connection the boundary passes in).
 * No transactions of its own, no events.
 */
package io.gemlink.linking.control;
