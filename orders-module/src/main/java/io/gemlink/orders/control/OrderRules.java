package io.gemlink.orders.control;

import io.gemlink.orders.api.Channel;
import io.gemlink.orders.api.OrderRequest;
import io.gemlink.platform.api.BadInputException;
import io.gemlink.platform.api.Constraints;
import io.gemlink.platform.api.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What an incoming order must carry: the constraints of {@link OrderRequest} (required fields, lengths,
 * ranges) and, here, a channel partners may send and the external id every channel but MANUAL needs.
 * Every broken rule is reported at once, each naming its field.
 */
public final class OrderRules {

    private OrderRules() {}

    /**
     * @return the channel, once everything is valid
     * @throws BadInputException naming every offending field
     */
    public static Channel check(OrderRequest order) {
        List<FieldError> errors = new ArrayList<>();
        Channel channel = channel(order.channel(), errors);
        if (channel != Channel.MANUAL
                && (order.externalId() == null || order.externalId().isBlank())) {
            errors.add(new FieldError("externalId", "is required"));
        }
        Constraints.check(order, errors);
        return channel;
    }

    private static Channel channel(String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null; // a constraint says it is required
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
}
