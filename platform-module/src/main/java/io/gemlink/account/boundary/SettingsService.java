package io.gemlink.account.boundary;

import io.gemlink.account.api.DropshippingSettingsChanged;
import io.gemlink.account.api.DropshippingSettingsView;
import io.gemlink.account.control.ExtendedFieldNameRules;
import io.gemlink.account.entity.ActivityEntry;
import io.gemlink.account.entity.DropshippingSettings;
import io.gemlink.orders.api.OrderStatus;
import io.gemlink.platform.api.BadInputException;
import io.gemlink.platform.api.FieldError;
import io.gemlink.platform.api.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An account's dropshipping settings: the module switch, the vendor order status, the vendor's deadline for
 * acknowledging a dropship order, and the account's own name for its shipments' "Extended field 1" (the screens'
 * label; the API's field stays {@code extendedField1}).
 */
@Stateless
public class SettingsService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<DropshippingSettingsChanged> changed;

    public DropshippingSettingsView dropshipping(long accountId) {
        return view(find(accountId, LockModeType.NONE));
    }

    static DropshippingSettingsView view(DropshippingSettings s) {
        return new DropshippingSettingsView(s.isEnabled(), s.getVendorOrderStatus(), s.getAcknowledgeWithinHours());
    }

    /**
     * @param enabled           required
     * @param vendorOrderStatus one of {@link OrderStatus#VENDOR_CHOICES}, or null for "create no dropship orders"
     */
    public DropshippingSettingsView changeDropshipping(long accountId, Boolean enabled, String vendorOrderStatus) {
        return change(accountId, enabled, vendorOrderStatus, null, true, null, true);
    }

    /**
     * As {@link #changeDropshipping(long, Boolean, String)}, and the deadline too.
     *
     * @param acknowledgeWithinHours 1 to {@value DropshippingSettingsView#MAX_ACKNOWLEDGE_HOURS}, or null for none
     */
    public DropshippingSettingsView changeDropshipping(
            long accountId, Boolean enabled, String vendorOrderStatus, Integer acknowledgeWithinHours) {
        return change(accountId, enabled, vendorOrderStatus, acknowledgeWithinHours, false, null, true);
    }

    /**
     * As {@link #changeDropshipping(long, Boolean, String, Integer)}, and the account's name for its shipments'
     * extended field 1 too (the settings screen): every value is checked before anything is written, so a bad one
     * saves none of them.
     *
     * @param extendedField1Name trimmed, up to {@value DropshippingSettingsView#MAX_EXTENDED_FIELD_NAME} characters
     *                           on one line; null or blank for the default label
     */
    public DropshippingSettingsView changeDropshipping(
            long accountId,
            Boolean enabled,
            String vendorOrderStatus,
            Integer acknowledgeWithinHours,
            String extendedField1Name) {
        return change(accountId, enabled, vendorOrderStatus, acknowledgeWithinHours, false, extendedField1Name, false);
    }

    /**
     * The account's own name for its shipments' extended field 1, if it chose one. Not secret: a distributor's
     * order page shows its vendor's name beside the vendor's value. An unknown account has none.
     */
    public Optional<String> findExtendedFieldName(long accountId) {
        return Optional.ofNullable(em.find(DropshippingSettings.class, accountId))
                .map(DropshippingSettings::getExtendedField1Name);
    }

    private DropshippingSettingsView change(
            long accountId,
            Boolean enabled,
            String vendorOrderStatus,
            Integer hours,
            boolean keepHours,
            String fieldName,
            boolean keepFieldName) {
        List<FieldError> errors = new ArrayList<>();
        if (enabled == null) {
            errors.add(new FieldError("enabled", "is required (true or false)"));
        }
        if (hours != null && (hours < 1 || hours > DropshippingSettingsView.MAX_ACKNOWLEDGE_HOURS)) {
            errors.add(new FieldError(
                    "acknowledgeWithinHours",
                    "must be a whole number of hours from 1 to " + DropshippingSettingsView.MAX_ACKNOWLEDGE_HOURS
                            + ", or null for no deadline"));
        }
        String name = keepFieldName ? null : ExtendedFieldNameRules.check(fieldName, errors);
        if (!errors.isEmpty()) {
            throw new BadInputException(errors);
        }
        OrderStatus status = parseVendorStatus(vendorOrderStatus);
        DropshippingSettings s = find(accountId, LockModeType.PESSIMISTIC_WRITE);
        Integer deadline = keepHours ? s.getAcknowledgeWithinHours() : hours;
        Instant now = Instant.now();
        s.change(enabled, status, deadline, now);
        String renamed = "";
        if (!keepFieldName && !Objects.equals(name, s.getExtendedField1Name())) {
            s.nameExtendedField(name, now);
            renamed = name == null
                    ? " Extended field 1 has its default name again."
                    : " Extended field 1 is called \"" + name + "\" on the screens.";
        }
        em.persist(new ActivityEntry(
                accountId,
                now,
                "settings",
                "Dropshipping " + (enabled ? "on" : "off")
                        + (status == null
                                ? "; no vendor order status chosen, so no dropship orders are received."
                                : "; dropship orders are received as " + status + ".")
                        + (deadline == null
                                ? " No deadline for acknowledging them."
                                : " Each must be acknowledged within " + deadline + " hours.")
                        + renamed));
        changed.fire(new DropshippingSettingsChanged(accountId, enabled, status));
        return view(s);
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
