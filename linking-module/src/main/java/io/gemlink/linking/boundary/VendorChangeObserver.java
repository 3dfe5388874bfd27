package io.gemlink.linking.boundary;

import io.gemlink.catalog.api.ProductsChanged;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Keeps linked products fresh between scheduled runs: when a vendor's products change in this
 * deployment, every import source fetching that vendor's feeds becomes due now, and the next sweep
 * (within 20 s) imports it. The reaction is a single idempotent UPDATE; if it is lost in a crash the
 * regular schedule still brings the change.
 */
@Stateless
public class VendorChangeObserver {

    @EJB
    ImportClaims claims;

    // AFTER_SUCCESS: never chase a vendor change that was rolled back
    public void onProductsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProductsChanged changed) {
        claims.dueNowForVendor(changed.accountId());
    }
}
