/**
 * The distributor side: import sources, scheduled and on-demand imports of vendor feeds, linked
 * products, and the link rule between a distributor and a vendor.
 * <ul>
 * <li>{@link io.gemlink.linking.boundary.ImportSourceService}: sources (CRUD, pause; an external source's
 *     URL may not lead inward: core's {@code io.gemlink.platform.outbound}, docs/outbound.md);
 *     {@link io.gemlink.linking.boundary.ImportRunService}: run now, run history, a source's products.</li>
 * <li>{@link io.gemlink.linking.boundary.SourceLinks}: a source is in-network only through a live grant
 *     naming its distributor (feeds' {@code GrantDirectory}); any other source is external and its rows are
 *     the distributor's own products. An in-network link is live while its grant is, its feed exists and
 *     both dropshipping switches are on; when it ends, the source's products go to quantity 0.
 *     {@link io.gemlink.linking.boundary.PartnerLinks} answers orders and the partners list
 *     ({@code LinkDirectory}).</li>
 * <li>{@link io.gemlink.linking.boundary.ImportTimer} (every 20 s, or kicked) →
 *     {@link io.gemlink.linking.boundary.ImportScheduler}: due sources are claimed in the database
 *     ({@link io.gemlink.linking.boundary.ImportClaims}), so a run never overlaps another of the same
 *     source, also across servers: a run keeps its claim fresh while it works and releases only its own; a paused
 * source, or one whose distributor has dropshipping off, is
 *     skipped with the reason on the source ("Run now" still runs).</li>
 * <li>{@link io.gemlink.linking.boundary.ImportRunner}: check the link, fetch (an in-network feed through
 *     its grant inside the deployment, an external one over HTTP to allowed addresses only, with timeouts, a
 *     deadline, a byte cap and ETag; after a whole-feed
 *     run only the changes, {@code since}), validate the whole feed, then write in batches
 *     ({@link io.gemlink.linking.boundary.ImportWriter}); a bad feed fails the run and changes nothing.
 *     {@link io.gemlink.linking.boundary.SourceConnectionTester}: the admin's "Test connection", the same fetch and
 *     validation without a run and without writing (docs/forms.md).</li>
 * <li>Linked products are {@code product} rows of the distributor with {@code link_*} set; their SKU is
 *     {@code <vendorPublicId>-<vendorSku>}, an external source's {@code S<sourceId>-<sku>} (see
 *     {@link io.gemlink.linking.control.SkuNaming}).</li>
 * <li>{@link io.gemlink.linking.boundary.ImportStats}: the dashboard's counts of an account's runs per day
 *     (outcome, duration) and each source's freshness, in the database (docs/dashboards.md).</li>
 * </ul>
 * An external source's token is stored sealed with the server's key (the feed needs the token itself);
 * {@link io.gemlink.linking.boundary.SourceTokenSealer} seals tokens from before that at start-up.
 * Observes (all after commit): {@code StockChanged} (the linked products of that vendor's live in-network
 * sources take the new quantity less each buffer, without a run: {@link
 * io.gemlink.linking.boundary.StockChangeObserver}), {@code ProductsChanged} (that vendor's sources become due
 * now; their next run is
 * recorded with the trigger {@code VENDOR_CHANGE}, the timer's others {@code SCHEDULE}, "Run now" {@code MANUAL}),
 * {@code GrantRevoked}, {@code FeedDeleted} and {@code DropshippingSettingsChanged} (links ended at once, or
 * sources due now when switched back on), {@code GrantIssued} (sources of that feed due now). Fires
 * {@code ProductsChanged} for the distributor's products it zeroes or removes. Never touches vendors' products.
 */
package io.gemlink.linking.boundary;
