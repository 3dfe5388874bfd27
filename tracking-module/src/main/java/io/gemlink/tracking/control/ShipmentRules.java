package io.gemlink.tracking.control;

import io.gemlink.platform.api.BadInputException;
import io.gemlink.platform.api.Constraints;
import io.gemlink.platform.api.FieldError;
import io.gemlink.tracking.api.ShipmentRequest;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Checks a shipment before anything is stored: the constraints of {@link ShipmentRequest} (what is required,
 * extended field 1 up to 255 characters) and, here, the carrier (required, a known code), the tracking
 * number (the carrier's shape and check digit) and the send date (a real {@code YYYY-MM-DD}, at most
 * {@value #MAX_DAYS_AHEAD} days ahead, not before the day before the order was placed). Every broken field is
 * named at once.
 */
public final class ShipmentRules {

    /** Time zones ahead of UTC and labels printed the evening before: a few days, not weeks. */
    public static final int MAX_DAYS_AHEAD = 3;
    // uuuu + STRICT: 2026-02-30 is refused instead of becoming 2026-02-28
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final String CODES =
            Arrays.stream(Carrier.values()).map(Enum::name).collect(Collectors.joining(", "));

    private ShipmentRules() {}

    /** A shipment that passed every check, normalized. */
    public record Checked(Carrier carrier, String trackingNumber, LocalDate sendDate, String extendedField1) {

        public String trackingUrl() {
            return carrier.trackingUrl(trackingNumber);
        }
    }

    /**
     * @param orderPlacedOn the day (UTC) the order was placed
     * @param today         today (UTC)
     * @throws BadInputException naming every broken field
     */
    public static Checked check(ShipmentRequest request, LocalDate orderPlacedOn, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        Carrier carrier = carrier(request.carrier(), errors);
        String number = number(carrier, request.trackingNumber(), errors);
        LocalDate sendDate = sendDate(request.sendDate(), orderPlacedOn, today, errors);
        Constraints.check(request, errors);
        return new Checked(carrier, number, sendDate, blankToNull(request.extendedField1()));
    }

    private static Carrier carrier(String code, List<FieldError> errors) {
        if (code == null || code.isBlank()) {
            errors.add(new FieldError("carrier", "is required (one of " + CODES + ")"));
            return null;
        }
        String c = code.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
        for (Carrier carrier : Carrier.values()) {
            if (carrier.name().equals(c) || carrier.displayName().equalsIgnoreCase(code.strip())) {
                return carrier;
            }
        }
        errors.add(new FieldError("carrier", "unknown carrier '" + code + "' (one of " + CODES + ")"));
        return null;
    }

    private static String number(Carrier carrier, String raw, List<FieldError> errors) {
        if (raw == null || raw.isBlank() || carrier == null) {
            return null; // a constraint says it is required; without a carrier there is nothing to check it against
        }
        String number = carrier.normalize(raw);
        if (!carrier.accepts(number)) {
            errors.add(new FieldError(
                    "trackingNumber",
                    "'" + abbreviate(raw) + "' is not a " + carrier.displayName() + " tracking number: expected "
                            + carrier.formatDescription()));
            return null;
        }
        return number;
    }

    private static LocalDate sendDate(String raw, LocalDate orderPlacedOn, LocalDate today, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return null; // a constraint says it is required
        }
        LocalDate date;
        try {
            date = LocalDate.parse(raw.strip(), DATE);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("sendDate", "'" + abbreviate(raw) + "' is not a date YYYY-MM-DD"));
            return null;
        }
        if (date.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            errors.add(new FieldError("sendDate", "is more than " + MAX_DAYS_AHEAD + " days in the future"));
        } else if (orderPlacedOn != null && date.isBefore(orderPlacedOn.minusDays(1))) {
            errors.add(new FieldError("sendDate", "is before the order was placed (" + orderPlacedOn + ")"));
        }
        return date;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
