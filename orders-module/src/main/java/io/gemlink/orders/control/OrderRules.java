package io.gemlink.orders.control;

import io.gemlink.orders.api.AddressView;
import io.gemlink.orders.api.Channel;
import io.gemlink.orders.api.OrderRequest;
import io.gemlink.platform.api.BadInputException;
import io.gemlink.platform.api.FieldError;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** What an incoming order must carry; every broken rule is reported at once, each naming its field. */
public final class OrderRules {

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    public static final int MAX_LINES = 500;

    private OrderRules() {
    }

    /** @return the channel, once everything is valid */
    public static Channel check(OrderRequest order) {
        List<FieldError> errors = new ArrayList<>();
        Channel channel = channel(order.channel(), errors);
        if (channel != Channel.MANUAL) {
            require(order.externalId(), "externalId", 100, errors);
        } else if (order.externalId() != null && order.externalId().length() > 100) {
            errors.add(new FieldError("externalId", "must be at most 100 characters"));
        }
        if (order.currency() == null || !CURRENCY.matcher(order.currency()).matches()) {
            errors.add(new FieldError("currency", "must be an ISO 4217 code such as USD"));
        }
        address(order.shippingAddress(), errors);
        lines(order.lines(), errors);
        if (!errors.isEmpty()) {
            throw new BadInputException(errors);
        }
        return channel;
    }

    private static Channel channel(String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError("channel", "is required"));
            return null;
        }
        try {
            Channel channel = Channel.valueOf(value.trim().toUpperCase(Locale.ROOT));
            if (channel != Channel.DROPSHIPPING) {
                return channel;
            }
        } catch (IllegalArgumentException ignored) {
            // reported below
        }
        errors.add(new FieldError("channel", "must be one of SHOPIFY, AMAZON, ETSY, EBAY, MANUAL, API"));
        return null;
    }

    private static void address(AddressView a, List<FieldError> errors) {
        if (a == null) {
            errors.add(new FieldError("shippingAddress", "is required"));
            return;
        }
        require(a.name(), "shippingAddress.name", 200, errors);
        require(a.line1(), "shippingAddress.line1", 200, errors);
        require(a.city(), "shippingAddress.city", 100, errors);
        if (a.country() == null || !COUNTRY.matcher(a.country()).matches()) {
            errors.add(new FieldError("shippingAddress.country", "must be an ISO 3166 alpha-2 code such as US"));
        }
        optional(a.line2(), "shippingAddress.line2", 200, errors);
        optional(a.region(), "shippingAddress.region", 100, errors);
        optional(a.postalCode(), "shippingAddress.postalCode", 20, errors);
        optional(a.phone(), "shippingAddress.phone", 40, errors);
    }

    private static void lines(List<OrderRequest.Line> lines, List<FieldError> errors) {
        if (lines == null || lines.isEmpty()) {
            errors.add(new FieldError("lines", "at least one line is required"));
            return;
        }
        if (lines.size() > MAX_LINES) {
            errors.add(new FieldError("lines", "at most " + MAX_LINES + " lines"));
            return;
        }
        for (int i = 0; i < lines.size(); i++) {
            OrderRequest.Line line = lines.get(i);
            String at = "lines[" + i + "].";
            if (line == null) {
                errors.add(new FieldError("lines[" + i + "]", "is required"));
                continue;
            }
            require(line.sku(), at + "sku", 64, errors);
            if (line.quantity() == null || line.quantity() < 1) {
                errors.add(new FieldError(at + "quantity", "must be 1 or more"));
            }
            if (line.unitPrice() == null || line.unitPrice().signum() < 0) {
                errors.add(new FieldError(at + "unitPrice", "must be 0 or more"));
            } else if (line.unitPrice().scale() > 2 && line.unitPrice().stripTrailingZeros().scale() > 2) {
                errors.add(new FieldError(at + "unitPrice", "must have at most two decimals"));
            } else if (line.unitPrice().compareTo(new BigDecimal("9999999999")) > 0) {
                errors.add(new FieldError(at + "unitPrice", "is too large"));
            }
        }
    }

    private static void require(String value, String field, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
        } else {
            optional(value, field, max, errors);
        }
    }

    private static void optional(String value, String field, int max, List<FieldError> errors) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        }
    }
}
