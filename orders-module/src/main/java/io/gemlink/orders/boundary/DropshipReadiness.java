package io.gemlink.orders.boundary;

import io.gemlink.account.api.AccountDirectory;
import io.gemlink.account.api.DropshippingSettingsView;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.Optional;

/**
 * Decides whether a dropship order can flow from a distributor to a vendor, and if not, says why in
 * words both sides can read. The one place that rule lives.
 */
@Stateless
public class DropshipReadiness {

    @EJB
    AccountDirectory accounts;

    /** Why no dropship order would be created from this distributor for this vendor, or empty if one would. */
    public Optional<String> whyNot(long distributorAccountId, long vendorAccountId) {
        return reason(accounts.dropshipping(distributorAccountId), accounts.dropshipping(vendorAccountId));
    }

    /** Why this account, as a vendor, receives no dropship orders, or empty if it receives them. */
    public Optional<String> whyVendorReceivesNothing(long vendorAccountId) {
        DropshippingSettingsView vendor = accounts.dropshipping(vendorAccountId);
        return reason(new DropshippingSettingsView(true, null), vendor);
    }

    static Optional<String> reason(DropshippingSettingsView distributor, DropshippingSettingsView vendor) {
        if (!distributor.enabled()) {
            return Optional.of("the distributor's dropshipping module is off");
        }
        if (!vendor.enabled()) {
            return Optional.of("the vendor's dropshipping module is off");
        }
        if (vendor.vendorOrderStatus() == null) {
            return Optional.of("the vendor has chosen no status for dropship orders");
        }
        return Optional.empty();
    }
}
