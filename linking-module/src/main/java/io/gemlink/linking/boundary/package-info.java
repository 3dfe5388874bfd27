/**
 * The distributor side: import sources, scheduled and on-demand imports of vendor feeds, linked
 * products.
 * <ul>
 * <li>{@link io.gemlink.linking.boundary.ImportSourceService}: sources (CRUD);
 *     {@link io.gemlink.linking.boundary.ImportRunService}: run now, run history, a source's products.</li>
 * <li>{@link io.gemlink.linking.boundary.ImportTimer} (every 20 s) → {@link io.gemlink.linking.boundary.ImportScheduler}:
 *     due sources are claimed in the database ({@link io.gemlink.linking.boundary.ImportClaims}), so a run
 *     never overlaps another of the same source, also across servers; a missed run runs once after a
 *     restart; while the distributor's dropshipping is off, scheduled runs are skipped with the reason
 *     on the source ("Run now" still runs; during a run it answers that run).</li>
 * <li>{@link io.gemlink.linking.boundary.ImportRunner}: fetch with timeouts and ETag, validate the whole
 *     feed, then write in batches ({@link io.gemlink.linking.boundary.ImportWriter}); a bad feed fails the
 *     run and changes nothing; a suspiciously small one skips the missing-products rule.</li>
 * <li>Linked products are {@code product} rows of the distributor with {@code link_*} set. Their SKU is
 *     {@code <vendorPublicId>-<vendorSku>} (cut to 64 with a hash suffix; see
 *     {@link io.gemlink.linking.control.SkuNaming}), so two vendors' equal SKUs never collide. A feed row
 *     whose SKU is taken by a product of another source or the distributor's own is rejected.</li>
 * </ul>
 * Observes {@link io.gemlink.catalog.api.ProductsChanged} (after commit: that vendor's sources become due
 * now) and {@link io.gemlink.account.api.DropshippingSettingsChanged} (after commit: an activity-log line).
 * Fires nothing. Does not use feeds' {@code since} (every run reads the full feed, which the
 * missing-products rule needs) and does not touch vendors' products.
 */
package io.gemlink.linking.boundary;
