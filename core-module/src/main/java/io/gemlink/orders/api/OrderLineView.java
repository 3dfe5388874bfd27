package io.gemlink.orders.api;

import java.math.BigDecimal;

/** One order line; {@code backordered} when the vendor's stock could not cover it. */
public record OrderLineView(String sku, String title, int quantity, BigDecimal unitPrice, boolean backordered) {}
