package io.gemlink.tracking.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A shipment as the API answers it after it was added. {@code duplicateNumber} and
 * {@code warnings} flag a tracking number already used on another order of the same account: it is
 * stored anyway. {@code copy} is true on a distributor's copy of its vendor's shipment: it follows the vendor's
 * corrections and voiding, and cannot be changed itself.
 */
public record ShipmentDetail(
        long id,
        long orderId,
        String orderNumber,
        String carrier,
        String trackingNumber,
        LocalDate sendDate,
        String extendedField1,
        String trackingUrl,
        boolean duplicateNumber,
        List<String> warnings,
        Instant createdAt,
        boolean copy) {}
