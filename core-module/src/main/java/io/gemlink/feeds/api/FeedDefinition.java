package io.gemlink.feeds.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What a vendor says a feed is (docs/api.md, Vendor: feeds): a name, a format, the optional fields it
 * shares beyond the always-present ones, which products it selects, and the price distributors see.
 * Enum values are text here; feeds-module checks them and names the field it refuses. The constraints
 * say what is required and how long or large a value may be.
 */
public record FeedDefinition(
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most {max} characters")
        String name,

        String format,
        List<String> fields,
        @Valid FeedFilter filter,
        @Valid FeedPricingRule pricing) {}
