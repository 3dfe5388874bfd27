package io.gemlink.orders.api;

import io.gemlink.platform.api.ConflictException;
import java.util.List;

/**
 * A cancel that names lines already shipped: answered 409 with those lines and the shipments that carry them;
 * nothing of the request is applied.
 */
public class LinesShippedException extends ConflictException {

    private final List<Integer> lines;
    private final List<ShipmentView> shipments;

    public LinesShippedException(List<Integer> lines, List<ShipmentView> shipments) {
        super(
                "lines",
                (lines.size() == 1 ? "line " + lines.get(0) + " has" : "lines " + lines + " have")
                        + " shipped and cannot be cancelled; nothing was cancelled");
        this.lines = List.copyOf(lines);
        this.shipments = List.copyOf(shipments);
    }

    public List<Integer> lines() {
        return lines;
    }

    public List<ShipmentView> shipments() {
        return shipments;
    }
}
