package io.gemlink.feeds.api;

import java.util.List;

/**
 * What a vendor says a feed is (docs/api.md, Vendor: feeds): a name, a format, the optional fields it
 * shares beyond the always-present ones, which products it selects, and the price distributors see.
 * Enum values are text here; feeds-module checks them and names the field it refuses.
 */
public record FeedDefinition(String name, String format, List<String> fields, FeedFilter filter, FeedPricingRule pricing) {
}
