package io.gemlink.tracking.boundary;

import io.gemlink.tracking.api.CarrierView;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The carriers a vendor can name on a shipment, each with its public tracking page. */
public enum Carrier {
    UPS("UPS", "https://www.ups.com/track?tracknum={number}"),
    USPS("USPS", "https://tools.usps.com/go/TrackConfirmAction?tLabels={number}"),
    FEDEX("FedEx", "https://www.fedex.com/fedextrack/?trknbr={number}"),
    DHL_EXPRESS("DHL Express", "https://www.dhl.com/en/express/tracking.html?AWB={number}"),
    CANADA_POST("Canada Post", "https://www.canadapost-postescanada.ca/track-reperage/en#/details/{number}"),
    ROYAL_MAIL("Royal Mail", "https://www.royalmail.com/track-your-item#/tracking-results/{number}"),
    AUSTRALIA_POST("Australia Post", "https://auspost.com.au/mypost/track/details/{number}"),
    OTHER("Other", null);

    private final String displayName;
    private final String urlTemplate;

    Carrier(String displayName, String urlTemplate) {
        this.displayName = displayName;
        this.urlTemplate = urlTemplate;
    }

    /** The tracking page for this number, or null for "Other" (no known page). */
    public String trackingUrl(String trackingNumber) {
        return urlTemplate == null ? null
                : urlTemplate.replace("{number}", URLEncoder.encode(trackingNumber, StandardCharsets.UTF_8));
    }

    public CarrierView view() {
        return new CarrierView(name(), displayName, urlTemplate);
    }
}
