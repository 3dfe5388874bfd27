package io.gemlink.tracking.control;

import io.gemlink.tracking.api.ShipmentRequest;
import io.gemlink.tracking.entity.Shipment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A correction of a shipment, field by field: the shipment as the request would leave it (a field not sent keeps
 * its value, so that it is checked by the same {@link ShipmentRules} as a new shipment), and the fields whose
 * checked value differs from the stored one.
 */
public final class ShipmentEdits {

    /** The fields a correction may send, in the order histories list them. */
    public static final List<String> FIELDS = List.of("carrier", "trackingNumber", "sendDate", "extendedField1");

    /** The fields that make the parcel (one live shipment per parcel on an order). */
    public static final Set<String> PARCEL_FIELDS = Set.of("carrier", "trackingNumber");

    private ShipmentEdits() {}

    /** One field changed: its value before and after (text, as the API shows it; null: none). */
    public record Edit(String field, String oldValue, String newValue) {}

    /** The shipment with the sent fields in place of its own. */
    public static ShipmentRequest merge(Shipment s, ShipmentRequest sent, Set<String> fields) {
        return new ShipmentRequest(
                fields.contains("carrier") ? sent.carrier() : s.getCarrier(),
                fields.contains("trackingNumber") ? sent.trackingNumber() : s.getTrackingNumber(),
                fields.contains("sendDate") ? sent.sendDate() : s.getSendDate().toString(),
                fields.contains("extendedField1") ? sent.extendedField1() : s.getExtendedField1());
    }

    /** The fields whose checked value differs from the shipment's; empty: nothing changes. */
    public static List<Edit> of(Shipment s, ShipmentRules.Checked checked) {
        List<Edit> edits = new ArrayList<>();
        add(edits, "carrier", s.getCarrier(), checked.carrier().name());
        add(edits, "trackingNumber", s.getTrackingNumber(), checked.trackingNumber());
        add(edits, "sendDate", text(s.getSendDate()), text(checked.sendDate()));
        add(edits, "extendedField1", s.getExtendedField1(), checked.extendedField1());
        return edits;
    }

    /** {@code trackingNumber 1Z… → 1Z…, sendDate …} for the activity log. */
    public static String describe(List<Edit> edits) {
        return edits.stream()
                .map(e -> e.field() + " " + shown(e.oldValue()) + " → " + shown(e.newValue()))
                .collect(Collectors.joining(", "));
    }

    private static void add(List<Edit> edits, String field, String old, String now) {
        if (!Objects.equals(old, now)) {
            edits.add(new Edit(field, old, now));
        }
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String shown(String value) {
        return value == null ? "(none)" : value;
    }
}
