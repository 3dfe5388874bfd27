package io.gemlink.account.boundary;

import io.gemlink.account.api.DropshippingSettingsChanged;
import io.gemlink.account.api.DropshippingSettingsView;
import io.gemlink.account.entity.ActivityEntry;
import io.gemlink.account.entity.DropshippingSettings;
import io.gemlink.orders.api.OrderStatus;
import io.gemlink.platform.api.BadInputException;
import io.gemlink.platform.api.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Arrays;

/** An account's dropshipping settings: the module switch and the vendor order status. */
@Stateless
public class SettingsService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<DropshippingSettingsChanged> changed;

    public DropshippingSettingsView dropshipping(long accountId) {
        DropshippingSettings s = find(accountId, LockModeType.NONE);
        return new DropshippingSettingsView(s.isEnabled(), s.getVendorOrderStatus());
    }

    /**
     * @param enabled           required
     * @param vendorOrderStatus one of {@link OrderStatus#VENDOR_CHOICES}, or null for "create no dropship orders"
     */
    public DropshippingSettingsView changeDropshipping(long accountId, Boolean enabled, String vendorOrderStatus) {
        if (enabled == null) {
            throw new BadInputException("enabled", "is required (true or false)");
        }
        OrderStatus status = parseVendorStatus(vendorOrderStatus);
        DropshippingSettings s = find(accountId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now();
        s.change(enabled, status, now);
        em.persist(new ActivityEntry(
                accountId,
                now,
                "settings",
                "Dropshipping " + (enabled ? "on" : "off")
                        + (status == null
                                ? "; no vendor order status chosen, so no dropship orders are received."
                                : "; dropship orders are received as " + status + ".")));
        changed.fire(new DropshippingSettingsChanged(accountId, enabled, status));
        return new DropshippingSettingsView(enabled, status);
    }

    private static OrderStatus parseVendorStatus(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            OrderStatus status = OrderStatus.valueOf(value.trim());
            if (OrderStatus.VENDOR_CHOICES.contains(status)) {
                return status;
            }
        } catch (IllegalArgumentException ignored) {
            // reported below with the allowed values
        }
        throw new BadInputException(
                "vendorOrderStatus",
                "must be one of " + Arrays.toString(OrderStatus.VENDOR_CHOICES.toArray()) + " or null");
    }

    private DropshippingSettings find(long accountId, LockModeType lock) {
        DropshippingSettings s = em.find(DropshippingSettings.class, accountId, lock);
        if (s == null) {
            throw new NotFoundException("account");
        }
        return s;
    }
}
