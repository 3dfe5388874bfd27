package io.gemlink.tracking.api;

import java.util.List;

/**
 * Fact: shipments were added to orders, fired once per writing transaction (one shipment from the API, a batch
 * of a bulk upload, or the distributors' copies of such shipments), in that transaction. Observed in the same
 * transaction to copy dropship orders' shipments to the distributors' orders and to write the outbound notices,
 * and after the commit to send those notices.
 */
public record ShipmentsAdded(List<ShipmentAdded> shipments) {

    public ShipmentsAdded {
        shipments = List.copyOf(shipments);
    }
}
