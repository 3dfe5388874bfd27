package io.gemlink.orders.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A shipping address as partners send and read it; the constraints apply to what they send. */
public record AddressView(
        @NotBlank(message = "is required") @Size(max = 200, message = AT_MOST)
        String name,

        @NotBlank(message = "is required") @Size(max = 200, message = AT_MOST)
        String line1,

        @Size(max = 200, message = AT_MOST) String line2,

        @NotBlank(message = "is required") @Size(max = 100, message = AT_MOST)
        String city,

        @Size(max = 100, message = AT_MOST) String region,
        @Size(max = 20, message = AT_MOST) String postalCode,

        @NotNull(message = COUNTRY) @Pattern(regexp = "[A-Z]{2}", message = COUNTRY)
        String country,

        @Size(max = 40, message = AT_MOST) String phone) {

    private static final String AT_MOST = "must be at most {max} characters";
    private static final String COUNTRY = "must be an ISO 3166 alpha-2 code such as US";
}
