package io.gemlink.tracking.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A shipment as a vendor enters it: carrier code, tracking number, send date ({@code YYYY-MM-DD},
 * kept as text so that a malformed date is refused naming its field), optional extended field 1.
 * The constraints say what is required; tracking-module's {@code ShipmentRules} checks the carrier code,
 * the number's check digit and the date's window.
 */
public record ShipmentRequest(
        String carrier, // required too, but its refusal names the known codes: ShipmentRules
        @NotBlank(message = "is required") String trackingNumber,
        @NotBlank(message = "is required (YYYY-MM-DD)") String sendDate,

        @Size(max = 255, message = "is longer than {max} characters")
        String extendedField1) {}
