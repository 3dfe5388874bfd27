package io.gemlink.catalog.api;

import io.gemlink.platform.api.MaxDecimals;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * A product as a partner sends it (docs/api.md, Catalog): by JSON, by CSV row, or partially by PATCH.
 * Every field may be missing here; the constraints say which are required, how long a text and how large
 * an amount may be; the catalog's rules check the codes, URLs, barcodes and tags.
 */
public record ProductData(
        @NotBlank(message = REQUIRED) @Size(max = 64, message = AT_MOST)
        String sku,

        @NotBlank(message = REQUIRED) @Size(max = 255, message = AT_MOST)
        String title,
        // a TEXT column holds 65,535 bytes: 4 per character at worst
        @Size(max = 16000, message = AT_MOST) String description,
        String category,
        @Size(max = 100, message = AT_MOST) String brand,
        String metal,
        @Size(max = 8, message = AT_MOST) String purity,
        @Size(max = 32, message = AT_MOST) String metalColor,

        @DecimalMin(value = "0", message = NOT_NEGATIVE)
        @DecimalMax(value = MAX_WEIGHT, message = AT_MOST_VALUE)
        @MaxDecimals(3)
        BigDecimal metalWeightGrams,

        @Size(max = 20, message = "must hold at most {max} kinds of stone")
        List<@NotNull(message = "must be an object") @Valid Stone> stones,

        @DecimalMin(value = "0", message = NOT_NEGATIVE)
        @DecimalMax(value = MAX_WEIGHT, message = AT_MOST_VALUE)
        @MaxDecimals(3)
        BigDecimal totalCaratWeight,

        List<String> images,
        String barcode,

        @DecimalMin(value = "0", message = NOT_NEGATIVE)
        @DecimalMax(value = MAX_MONEY, message = AT_MOST_VALUE)
        @MaxDecimals(2)
        BigDecimal cost,

        @NotNull(message = REQUIRED)
        @DecimalMin(value = "0", message = NOT_NEGATIVE)
        @DecimalMax(value = MAX_MONEY, message = AT_MOST_VALUE)
        @MaxDecimals(2)
        BigDecimal price,

        String currency,

        @NotNull(message = REQUIRED) @Min(value = 0, message = NOT_NEGATIVE)
        Integer quantity,

        @Size(max = 64, message = AT_MOST) String variantGroup,
        @Size(max = 16, message = AT_MOST) String size,
        List<String> tags) {

    /** The product table's DECIMAL(12,2). */
    public static final String MAX_MONEY = "9999999999.99";
    /** The product table's DECIMAL(10,3). */
    public static final String MAX_WEIGHT = "9999999.999";

    static final String REQUIRED = "is required";
    static final String AT_MOST = "must be at most {max} characters";
    static final String AT_MOST_VALUE = "must be at most {value}";
    static final String NOT_NEGATIVE = "must be 0 or more";
}
