/**
 * Feeds and grants as partners and the other modules see them: the feed definition (filter, fields,
 * pricing, format), views of feeds and grants, {@link io.gemlink.feeds.api.FeedAccessDenied} for a
 * fetch without a live grant, {@link io.gemlink.feeds.api.GrantDirectory} (the only proof of a link
 * between two accounts) and {@link io.gemlink.feeds.api.GrantedFeeds} (reading a feed through its
 * grant, without HTTP). Events: {@link io.gemlink.feeds.api.GrantIssued},
 * {@link io.gemlink.feeds.api.GrantRevoked}, {@link io.gemlink.feeds.api.FeedDeleted}.
 * The wire format of a delivered feed is {@code docs/feed-format.md}; {@link io.gemlink.feeds.api.SpreadsheetCells}
 * is its one shared rule (CSV formula neutralising, written by feeds, undone by linking).
 */
package io.gemlink.feeds.api;
