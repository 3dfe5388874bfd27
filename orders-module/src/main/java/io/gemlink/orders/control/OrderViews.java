package io.gemlink.orders.control;

import io.gemlink.orders.api.AddressView;
import io.gemlink.orders.api.CancellationView;
import io.gemlink.orders.api.DropshipPartView;
import io.gemlink.orders.api.DropshipState;
import io.gemlink.orders.api.LineState;
import io.gemlink.orders.api.OrderLineView;
import io.gemlink.orders.api.OrderView;
import io.gemlink.orders.api.RejectionView;
import io.gemlink.orders.api.ShipmentView;
import io.gemlink.orders.entity.DropshipPart;
import io.gemlink.orders.entity.SalesOrder;
import io.gemlink.orders.entity.SalesOrderLine;
import io.gemlink.orders.entity.ShippingAddress;
import java.util.List;
import java.util.Map;

/** Entity → partner view. */
public final class OrderViews {

    private OrderViews() {}

    /**
     * @param vendorStatuses the current status of each part's vendor order, by vendor order id
     */
    public static OrderView of(
            SalesOrder o, List<DropshipPart> parts, Map<Long, String> vendorStatuses, List<ShipmentView> shipments) {
        ShippingAddress a = o.getShippingAddress();
        AddressView address = a == null
                ? null
                : new AddressView(
                        a.getName(),
                        a.getLine1(),
                        a.getLine2(),
                        a.getCity(),
                        a.getRegion(),
                        a.getPostalCode(),
                        a.getCountry(),
                        a.getPhone());
        List<OrderLineView> lines = o.getLines().stream().map(OrderViews::line).toList();
        List<DropshipPartView> dropship = parts.isEmpty()
                ? null
                : parts.stream()
                        .map(p -> new DropshipPartView(
                                p.getVendorPublicId(),
                                p.getVendorOrderNumber(),
                                p.getState() == DropshipState.CREATED
                                        ? vendorStatuses.getOrDefault(
                                                p.getVendorOrderId(),
                                                p.getState().name())
                                        : p.getState().name(),
                                p.getSkippedReason(),
                                p.getState() == DropshipState.PENDING ? p.getAttempts() : 0,
                                p.getState() == DropshipState.PENDING ? p.getNextAttemptAt() : null))
                        .toList();
        return new OrderView(
                o.getId(),
                o.getNumber(),
                o.getChannel(),
                o.getExternalId(),
                o.getStatus(),
                o.getCurrency(),
                address,
                lines,
                o.getCreatedAt(),
                shipments,
                dropship,
                o.getSourceAccountPublicId(),
                o.getSourceOrderNumber(),
                o.getCancelledAt() == null
                        ? null
                        : new CancellationView(
                                o.getCancelledBy(), o.getCancelReason(), o.getCancelNote(), o.getCancelledAt()));
    }

    private static OrderLineView line(SalesOrderLine l) {
        return new OrderLineView(
                l.getLineNo(),
                l.getSku(),
                l.getTitle(),
                l.getQuantity(),
                l.getUnitPrice(),
                l.isBackordered(),
                l.getState(),
                l.getState() == LineState.REJECTED
                        ? new RejectionView(l.getClosedReason(), l.getClosedNote(), l.getClosedAt())
                        : null);
    }

    public static ShippingAddress address(AddressView a) {
        return new ShippingAddress(
                a.name(), a.line1(), a.line2(), a.city(), a.region(), a.postalCode(), a.country(), a.phone());
    }
}
