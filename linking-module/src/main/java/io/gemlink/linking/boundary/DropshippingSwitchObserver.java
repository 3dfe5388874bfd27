package io.gemlink.linking.boundary;

import io.gemlink.account.api.ActivityLog;
import io.gemlink.account.api.DropshippingSettingsChanged;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Tells a distributor what its dropshipping switch means for its imports: scheduled imports of
 * vendor feeds run only while the module is on.
 */
@Stateless
public class DropshippingSwitchObserver {

    @EJB
    ActivityLog activityLog;

    // AFTER_SUCCESS: never report a switch that was rolled back
    public void onDropshippingSettingsChanged(
            @Observes(during = TransactionPhase.AFTER_SUCCESS) DropshippingSettingsChanged changed) {
        activityLog.record(
                changed.accountId(),
                "linking",
                changed.enabled()
                        ? "Imports: scheduled imports of vendor feeds run while dropshipping is on."
                        : "Imports: paused while dropshipping is off.");
    }
}
