/**
 * The vendor side's feeds: feed definitions ({@link io.gemlink.feeds.boundary.FeedService}), grants with
 * hashed tokens and their last fetch ({@link io.gemlink.feeds.boundary.GrantService}; a selection revoked at once,
 * in one transaction: {@link io.gemlink.feeds.boundary.GrantRevocations}), and delivery of a
 * feed as CSV, JSON or XML streamed from the database with ETag/304 and {@code since}
 * ({@link io.gemlink.feeds.boundary.FeedDelivery}; wire format in docs/feed-format.md), priced per row by the
 * feed's rule (base cost or price × markup, then rounding). Implements core's {@code GrantDirectory}
 * ({@link io.gemlink.feeds.boundary.GrantLinks}) and {@code GrantedFeeds}
 * ({@link io.gemlink.feeds.boundary.GrantedFeedReader}). Fires {@code GrantIssued}, {@code GrantRevoked} and
 * {@code FeedDeleted} (linking-module observes them); observes nothing. Does not import feeds: linking-module is
 * the distributor side.
 * {@link io.gemlink.feeds.boundary.FeedStats} counts an account's feeds and live grants for the setup checklists.
 */
package io.gemlink.feeds.boundary;
