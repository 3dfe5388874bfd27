/**
 * Feeds in the partner API ({@code /api/v1/feeds}, grants, preview), feed delivery to distributors at
 * {@code /feeds/{id}} (a servlet that streams), and the vendor's feed screens. Fires and observes nothing.
 */
package io.gemlink.feeds.web;
