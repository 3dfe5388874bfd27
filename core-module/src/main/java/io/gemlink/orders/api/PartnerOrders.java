package io.gemlink.orders.api;

import jakarta.ejb.Local;
import java.time.Instant;
import java.util.Map;

/** Dropship orders between partners, counted for the partners list. Implemented by orders-module. */
@Local
public interface PartnerOrders {

    /** The vendor's dropship orders created since then, counted per distributor account they came from. */
    Map<Long, Long> receivedByVendor(long vendorAccountId, Instant since);

    /** Dropship orders made from the distributor's orders since then, counted per vendor account. */
    Map<Long, Long> sentByDistributor(long distributorAccountId, Instant since);
}
