package io.gemlink.tracking.boundary;

import io.gemlink.tracking.api.CarrierView;
import io.gemlink.tracking.control.Carrier;
import jakarta.ejb.Stateless;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The known carriers, for the API, the screens and (later) shipment validation. */
@Stateless
public class CarrierDirectory {

    public List<CarrierView> all() {
        return Arrays.stream(Carrier.values()).map(Carrier::view).toList();
    }

    public Optional<Carrier> find(String code) {
        return Arrays.stream(Carrier.values())
                .filter(c -> c.name().equalsIgnoreCase(code))
                .findFirst();
    }
}
