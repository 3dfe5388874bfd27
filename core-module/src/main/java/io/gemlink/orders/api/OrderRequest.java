package io.gemlink.orders.api;

import io.gemlink.platform.api.MaxDecimals;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * An order as a channel or a partner sends it into a distributor account. The constraints say what each
 * field must hold; orders-module's {@code OrderRules} adds the channel and the external id a channel needs.
 */
public record OrderRequest(
        @NotBlank(message = "is required") String channel,

        @Size(max = 100, message = "must be at most {max} characters")
        String externalId,

        @NotNull(message = CURRENCY) @Pattern(regexp = "[A-Z]{3}", message = CURRENCY)
        String currency,

        @NotNull(message = "is required") @Valid AddressView shippingAddress,

        @NotEmpty(message = "at least one line is required") @Size(max = 500, message = "at most {max} lines")
        List<@NotNull(message = "is required") @Valid Line> lines) {

    private static final String CURRENCY = "must be an ISO 4217 code such as USD";

    /** One line: the distributor's SKU, how many, at what price. */
    public record Line(
            @NotBlank(message = "is required") @Size(max = 64, message = "must be at most {max} characters")
            String sku,

            @NotNull(message = "must be 1 or more") @Min(value = 1, message = "must be 1 or more")
            Integer quantity,

            @NotNull(message = "must be 0 or more")
            @DecimalMin(value = "0", message = "must be 0 or more")
            @MaxDecimals(value = 2, message = "must have at most two decimals")
            @DecimalMax(value = "9999999999", message = "is too large")
            BigDecimal unitPrice) {}
}
