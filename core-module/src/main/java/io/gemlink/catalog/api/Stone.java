package io.gemlink.catalog.api;

import static io.gemlink.catalog.api.ProductData.AT_MOST;
import static io.gemlink.catalog.api.ProductData.AT_MOST_VALUE;
import static io.gemlink.catalog.api.ProductData.MAX_WEIGHT;
import static io.gemlink.catalog.api.ProductData.NOT_NEGATIVE;
import static io.gemlink.catalog.api.ProductData.REQUIRED;

import io.gemlink.platform.api.MaxDecimals;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** One kind of stone set in a piece: e.g. one 0.5 ct round diamond, GIA certified. */
public record Stone(
        @NotBlank(message = REQUIRED)
        @Size(max = 32, message = AT_MOST)
        @Pattern(regexp = "\\s*[\\p{L}\\p{N} _-]+\\s*", message = "may hold letters, digits, spaces, '-' and '_' only")
        String type,

        @Size(max = 32, message = AT_MOST) String shape,

        @DecimalMin(value = "0", message = NOT_NEGATIVE)
        @DecimalMax(value = MAX_WEIGHT, message = AT_MOST_VALUE)
        @MaxDecimals(3)
        BigDecimal caratWeight,

        @Min(value = 1, message = "must be 1 or more") Integer count,
        @Size(max = 32, message = AT_MOST) String color,
        @Size(max = 32, message = AT_MOST) String clarity,
        @Size(max = 32, message = AT_MOST) String certificateLab,
        @Size(max = 64, message = AT_MOST) String certificateNumber) {}
