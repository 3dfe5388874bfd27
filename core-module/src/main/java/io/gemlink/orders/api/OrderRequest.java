package io.gemlink.orders.api;

import java.math.BigDecimal;
import java.util.List;

/** An order as a channel or a partner sends it into a distributor account. */
public record OrderRequest(String channel, String externalId, String currency, AddressView shippingAddress,
                           List<Line> lines) {

    /** One line: the distributor's SKU, how many, at what price. */
    public record Line(String sku, Integer quantity, BigDecimal unitPrice) {
    }
}
