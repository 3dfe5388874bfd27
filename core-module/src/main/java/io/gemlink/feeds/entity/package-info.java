/**
 * Persistent state of feeds: {@link io.gemlink.feeds.entity.Feed} (definition as JSON),
 * {@link io.gemlink.feeds.entity.FeedGrant} (hashed token, revocation, last fetch) and
 * {@link io.gemlink.feeds.entity.ProductRemoval} (tombstones for {@code since} answers).
 * Written only by feeds-module. Fires and observes nothing.
 */
package io.gemlink.feeds.entity;
