package io.gemlink.tracking.boundary;

import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.util.Optional;
import io.gemlink.tracking.entity.Shipment;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Fault injection for ConcurrentShippingIT, off unless {@value #KEY} is set (./gemlink test sets it;
 * production leaves it unset): the copy of a vendor's shipment whose tracking number starts with that
 * prefix fails after it was written to the distributor's order, so that the test sees the vendor's
 * shipment and the copy roll back together.
 */
@ApplicationScoped
public class PropagationFaults {

    static final String KEY = "gemlink.tracking.test.fail-propagation-prefix";

    @Inject
    @ConfigProperty(name = KEY)
    Optional<String> prefix; // read once, not at every shipment

    void afterCopy(Shipment vendorShipment) {
        if (prefix.isPresent() && vendorShipment.getTrackingNumber().startsWith(prefix.get())) {
            throw new IllegalStateException("injected propagation failure (" + KEY + ")");
        }
    }
}
