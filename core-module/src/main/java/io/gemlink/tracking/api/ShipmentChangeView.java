package io.gemlink.tracking.api;

import java.time.Instant;

/**
 * One entry of a shipment's history: a corrected field ({@code carrier}, {@code trackingNumber}, {@code sendDate},
 * {@code extendedField1}) with its old and new value, or {@code voided}; who made it (an API key's name, an admin
 * user's e-mail) and when.
 */
public record ShipmentChangeView(String field, String oldValue, String newValue, String changedBy, Instant at) {}
