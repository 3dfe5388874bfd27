/**
 * Feeds and grants as partners and the web module see them: the feed definition (filter, fields,
 * pricing, format), views of feeds and grants, and {@link io.gemlink.feeds.api.FeedAccessDenied} for a
 * fetch without a live grant. The wire format of a delivered feed is {@code docs/feed-format.md}.
 * Fires and observes nothing; holds no logic.
 */
package io.gemlink.feeds.api;
