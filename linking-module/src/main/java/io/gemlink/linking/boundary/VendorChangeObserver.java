package io.gemlink.linking.boundary;

import io.gemlink.catalog.api.ProductsChanged;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Keeps linked products fresh between scheduled runs: when a vendor's products change in this
 * deployment (content: a stock-only change is {@link StockChangeObserver}'s, without a run), every import
 * source fetching that vendor's feeds becomes due now, and a sweep is kicked
 * at once (the 20 s tick is the fallback). The reaction is a single idempotent UPDATE; if it is lost
 * in a crash the regular schedule still brings the change. A source busy with a run when the change
 * comes stays due; the runner kicks again when the run ends.
 */
@Stateless
public class VendorChangeObserver {

    @EJB
    ImportClaims claims;

    @EJB
    ImportTimer timer;

    // AFTER_SUCCESS: never chase a vendor change that was rolled back
    public void onProductsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProductsChanged changed) {
        if (claims.dueNowForVendor(changed.accountId()) > 0) {
            timer.kick();
        }
    }
}
