package io.gemlink.tracking.boundary;

import io.gemlink.tracking.entity.Shipment;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Fault injection for ConcurrentShippingIT, off unless {@value #KEY} is set (./gemlink test sets it;
 * production leaves it unset): the copy of a vendor's shipment whose tracking number starts with that
 * prefix fails after it was written to the distributor's order, so that the test sees the vendor's
 * shipment and the copy roll back together.
 */
@ApplicationScoped
public class PropagationFaults {

    static final String KEY = "gemlink.tracking.test.fail-propagation-prefix";

    void afterCopy(Shipment vendorShipment) {
        String prefix = ConfigProvider.getConfig().getOptionalValue(KEY, String.class).orElse(null);
        if (prefix != null && vendorShipment.getTrackingNumber().startsWith(prefix)) {
            throw new IllegalStateException("injected propagation failure (" + KEY + ")");
        }
    }
}
