package io.gemlink.feeds.api;

import io.gemlink.platform.api.MaxDecimals;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * Which products a feed selects; an empty or missing list selects all. The price band applies to the
 * vendor's retail {@code price}; {@code inStockOnly} to the quantity the vendor can still sell.
 */
public record FeedFilter(
        List<String> categories,
        List<String> metals,
        List<
                        @NotBlank(message = TEXT) @Size(max = 64, message = TEXT)
                        @Pattern(regexp = "[^,]*", message = TEXT) String>
                purities,
        List<
                        @NotBlank(message = TEXT) @Size(max = 64, message = TEXT)
                        @Pattern(regexp = "[^,]*", message = TEXT) String>
                stoneTypes,
        List<
                        @NotBlank(message = TEXT) @Size(max = 64, message = TEXT)
                        @Pattern(regexp = "[^,]*", message = TEXT) String>
                tags,

        @DecimalMin(value = "0", message = PRICE)
        @DecimalMax(value = MAX_PRICE, message = PRICE)
        @MaxDecimals(value = 2, message = PRICE)
        BigDecimal minPrice,

        @DecimalMin(value = "0", message = PRICE)
        @DecimalMax(value = MAX_PRICE, message = PRICE)
        @MaxDecimals(value = 2, message = PRICE)
        BigDecimal maxPrice,

        Boolean inStockOnly) {

    /** The product table's DECIMAL(12,2): a band beyond it selects nothing more and only invites overflow. */
    public static final String MAX_PRICE = "9999999999.99";

    private static final String TEXT = "must be 1 to 64 characters without ','";
    private static final String PRICE = "must be from 0 to " + MAX_PRICE + ", with at most 2 decimals";
}
