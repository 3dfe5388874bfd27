package io.gemlink.orders.api;

import java.time.LocalDate;

/** A parcel on its way: carrier, tracking number, send date, extended field 1 and the carrier's tracking page. */
public record ShipmentView(
        String carrier, String trackingNumber, LocalDate sendDate, String extendedField1, String trackingUrl) {}
