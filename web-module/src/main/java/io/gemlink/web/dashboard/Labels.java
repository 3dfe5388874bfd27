package io.gemlink.web.dashboard;

import io.gemlink.orders.api.Channel;
import io.gemlink.orders.api.OrderStatus;
import java.util.Locale;

/** Words for codes on the dashboards: {@code AWAITING_SHIPMENT} reads "Awaiting shipment". */
final class Labels {

    private Labels() {}

    static String status(OrderStatus status) {
        return words(status.name());
    }

    static String channel(Channel channel) {
        return switch (channel) {
            case EBAY -> "eBay";
            case API -> "API";
            default -> words(channel.name());
        };
    }

    private static String words(String code) {
        String lower = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
