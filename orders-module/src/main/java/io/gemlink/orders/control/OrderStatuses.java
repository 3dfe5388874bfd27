package io.gemlink.orders.control;

import io.gemlink.orders.api.Channel;
import io.gemlink.orders.api.LineState;
import io.gemlink.orders.api.OrderStatus;
import io.gemlink.orders.entity.SalesOrder;
import io.gemlink.orders.entity.SalesOrderLine;
import java.util.List;

/**
 * An order's status after its lines were rejected or cancelled (shipments move it in {@code OrderShipping}).
 * <ul>
 *   <li>Every line rejected or cancelled: a vendor's dropship order is CANCELLED; any other order REJECTED when
 *       at least one line was rejected by its vendor, else CANCELLED.
 *   <li>A vendor's dropship order with lines left keeps its status.
 *   <li>An order that has started shipping stays PARTIALLY_SHIPPED while a linked line is still to ship, else
 *       SHIPPED: shipping is further along than a rejection, which the lines still show.
 *   <li>Else: PARTIALLY_REJECTED once a line was rejected; otherwise the status stays (NEW, PROCESSING, ...).
 * </ul>
 */
public final class OrderStatuses {

    private OrderStatuses() {}

    public static OrderStatus after(SalesOrder order) {
        List<SalesOrderLine> lines = order.getLines();
        boolean rejected = lines.stream().anyMatch(l -> l.getState() == LineState.REJECTED);
        if (lines.stream().allMatch(l -> l.getState().closed())) {
            return rejected && order.getChannel() != Channel.DROPSHIPPING
                    ? OrderStatus.REJECTED
                    : OrderStatus.CANCELLED;
        }
        OrderStatus now = order.getStatus();
        if (order.getChannel() == Channel.DROPSHIPPING) {
            return now;
        }
        if (now == OrderStatus.SHIPPED || now == OrderStatus.PARTIALLY_SHIPPED) {
            boolean linkedToShip = lines.stream()
                    .anyMatch(l -> l.getVendorAccountId() != null && LineState.LIVE.contains(l.getState()));
            return linkedToShip ? OrderStatus.PARTIALLY_SHIPPED : OrderStatus.SHIPPED;
        }
        return rejected ? OrderStatus.PARTIALLY_REJECTED : now;
    }
}
