package io.gemlink.orders.control;

import io.gemlink.orders.api.AddressView;
import io.gemlink.orders.api.CancellationView;
import io.gemlink.orders.api.DropshipPartView;
import io.gemlink.orders.api.DropshipState;
import io.gemlink.orders.api.LineState;
import io.gemlink.orders.api.OrderLineView;
import io.gemlink.orders.api.OrderView;
import io.gemlink.orders.api.ProposalView;
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
     * @param vendorOrders each part's vendor order as it is now, by vendor order id (its status and deadline)
     */
    public static OrderView of(
            SalesOrder o, List<DropshipPart> parts, Map<Long, SalesOrder> vendorOrders, List<ShipmentView> shipments) {
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
                        .map(p -> part(p, vendorOrders.get(p.getVendorOrderId())))
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
                                o.getCancelledBy(), o.getCancelReason(), o.getCancelNote(), o.getCancelledAt()),
                o.getAcknowledgeBy(),
                o.getAcknowledgeBy() == null ? null : o.overdue());
    }

    /** @param vendorOrder null while the part is not (or no longer) a vendor order */
    private static DropshipPartView part(DropshipPart p, SalesOrder vendorOrder) {
        boolean created = p.getState() == DropshipState.CREATED && vendorOrder != null;
        boolean pending = p.getState() == DropshipState.PENDING;
        return new DropshipPartView(
                p.getVendorPublicId(),
                p.getVendorOrderNumber(),
                created ? vendorOrder.getStatus().name() : p.getState().name(),
                p.getSkippedReason(),
                pending ? p.getAttempts() : 0,
                pending ? p.getNextAttemptAt() : null,
                created ? vendorOrder.getAcknowledgeBy() : null,
                created && vendorOrder.overdue());
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
                        : null,
                l.getProposedShipDate() == null
                        ? null
                        : new ProposalView(
                                l.getProposedShipDate(),
                                l.getProposalNote(),
                                l.getProposedAt(),
                                l.getProposalAnswer()));
    }

    public static ShippingAddress address(AddressView a) {
        return new ShippingAddress(
                a.name(), a.line1(), a.line2(), a.city(), a.region(), a.postalCode(), a.country(), a.phone());
    }
}
