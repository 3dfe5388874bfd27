package io.gemlink.tracking.api;

/**
 * A shipment as a vendor enters it: carrier code, tracking number, send date ({@code YYYY-MM-DD},
 * kept as text so that a malformed date is refused naming its field), optional extended field 1.
 */
public record ShipmentRequest(String carrier, String trackingNumber, String sendDate, String extendedField1) {
}
