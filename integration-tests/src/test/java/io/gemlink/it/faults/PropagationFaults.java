package io.gemlink.it.faults;

import io.gemlink.tracking.api.ShipmentHooks;
import io.gemlink.tracking.entity.Shipment;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * ConcurrentShippingIT's fault: the copy of a vendor's shipment whose tracking number starts with
 * {@value #FAIL_COPY_PREFIX} fails after it was written to the distributor's order, so that the test sees the
 * vendor's shipment and the copy roll back together.
 */
@ApplicationScoped
public class PropagationFaults implements ShipmentHooks {

    public static final String FAIL_COPY_PREFIX = "FAILCOPY";

    @Override
    public void copied(Shipment vendorShipment) {
        if (Faults.named(FAIL_COPY_PREFIX, vendorShipment.getTrackingNumber())) {
            throw new IllegalStateException("injected propagation failure (" + FAIL_COPY_PREFIX + ")");
        }
    }
}
