package io.gemlink.tracking.control;

import io.gemlink.tracking.api.ShipmentDetail;
import io.gemlink.tracking.entity.Shipment;
import java.util.List;

/** Shipment entity → the API's answer. */
public final class ShipmentDetails {

    private ShipmentDetails() {}

    public static ShipmentDetail of(Shipment s, String orderNumber) {
        List<String> warnings = s.isDuplicateNumber()
                ? List.of("tracking number " + s.getTrackingNumber()
                        + " is already used on another order of this account")
                : List.of();
        return new ShipmentDetail(
                s.getId(),
                s.getOrderId(),
                orderNumber,
                s.getCarrier(),
                s.getTrackingNumber(),
                s.getSendDate(),
                s.getExtendedField1(),
                s.getTrackingUrl(),
                s.isDuplicateNumber(),
                warnings,
                s.getCreatedAt(),
                s.getSourceShipmentId() != null);
    }
}
