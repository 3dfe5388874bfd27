package io.gemlink.tracking.api;

/**
 * One row of a bulk tracking upload, as text. {@code row}: the CSV line number (the header is row 1)
 * or the 1-based position in a JSON array. {@code unreadable} is set when the row could not even be
 * read (e.g. a JSON value of the wrong type); such a row is rejected with that reason.
 */
public record BulkRow(
        int row,
        String orderNumber,
        String carrier,
        String trackingNumber,
        String sendDate,
        String extendedField1,
        RowIssue unreadable) {

    public BulkRow(
            int row,
            String orderNumber,
            String carrier,
            String trackingNumber,
            String sendDate,
            String extendedField1) {
        this(row, orderNumber, carrier, trackingNumber, sendDate, extendedField1, null);
    }

    public static BulkRow unreadable(int row, String field, String message) {
        return new BulkRow(row, null, null, null, null, null, new RowIssue(row, field, message));
    }

    public ShipmentRequest request() {
        return new ShipmentRequest(carrier, trackingNumber, sendDate, extendedField1);
    }
}
