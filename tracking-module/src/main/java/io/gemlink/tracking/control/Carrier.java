package io.gemlink.tracking.control;

import io.gemlink.tracking.api.CarrierView;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;

/**
 * The carriers a vendor can name on a shipment, each with its public tracking page and the shape of
 * its tracking numbers. "Other" takes any number of 1 to 64 characters and has no page.
 */
public enum Carrier {
    UPS(
            "UPS",
            "https://www.ups.com/track?tracknum={number}",
            TrackingNumbers::ups,
            "1Z followed by 16 letters or digits, the last a check digit"),
    USPS(
            "USPS",
            "https://tools.usps.com/go/TrackConfirmAction?tLabels={number}",
            n -> TrackingNumbers.usps(n) || TrackingNumbers.s10(n),
            "20 to 22 digits with a check digit, or an international item like EE123456785US"),
    FEDEX(
            "FedEx",
            "https://www.fedex.com/fedextrack/?trknbr={number}",
            TrackingNumbers::fedex,
            "12, 15 or 20 digits with a check digit"),
    DHL_EXPRESS(
            "DHL Express",
            "https://www.dhl.com/en/express/tracking.html?AWB={number}",
            TrackingNumbers::dhlExpress,
            "10 digits, the last a check digit"),
    CANADA_POST(
            "Canada Post",
            "https://www.canadapost-postescanada.ca/track-reperage/en#/details/{number}",
            TrackingNumbers::canadaPost,
            "16 digits with a check digit, or an international item like RB123456785CA"),
    ROYAL_MAIL(
            "Royal Mail",
            "https://www.royalmail.com/track-your-item#/tracking-results/{number}",
            TrackingNumbers::s10,
            "2 letters, 9 digits (the last a check digit) and 2 letters, like RB123456785GB"),
    AUSTRALIA_POST(
            "Australia Post",
            "https://auspost.com.au/mypost/track/details/{number}",
            TrackingNumbers::australiaPost,
            "12 to 23 letters and digits, or an international item like RB123456785AU"),
    OTHER("Other", null, n -> true, "any text of 1 to 64 characters");

    private final String displayName;
    private final String urlTemplate;
    private final Predicate<String> format;
    private final String formatDescription;

    Carrier(String displayName, String urlTemplate, Predicate<String> format, String formatDescription) {
        this.displayName = displayName;
        this.urlTemplate = urlTemplate;
        this.format = format;
        this.formatDescription = formatDescription;
    }

    /** The number as stored: known carriers' numbers without spaces and in upper case, others just trimmed. */
    public String normalize(String trackingNumber) {
        return this == OTHER ? trackingNumber.strip() : TrackingNumbers.normalize(trackingNumber);
    }

    /** Whether a normalized number can be this carrier's (shape and check digit). */
    public boolean accepts(String normalizedNumber) {
        return !normalizedNumber.isEmpty() && normalizedNumber.length() <= 64 && format.test(normalizedNumber);
    }

    /** What this carrier's numbers look like, for error messages. */
    public String formatDescription() {
        return formatDescription;
    }

    public String displayName() {
        return displayName;
    }

    /** The tracking page for this number, or null for "Other" (no known page). */
    public String trackingUrl(String trackingNumber) {
        return urlTemplate == null
                ? null
                : urlTemplate.replace("{number}", URLEncoder.encode(trackingNumber, StandardCharsets.UTF_8));
    }

    public CarrierView view() {
        return new CarrierView(name(), displayName, urlTemplate);
    }
}
