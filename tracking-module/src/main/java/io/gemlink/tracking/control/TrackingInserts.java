package io.gemlink.tracking.control;

import io.gemlink.tracking.entity.Shipment;
import io.gemlink.tracking.entity.WebhookDelivery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Writes new shipments and tracking notices in JDBC batches on the transaction's connection, one batch per
 * call; on MySQL the data source's {@code rewriteBatchedStatements=true} sends it as multi-row statements.
 * Plain JDBC rather than {@code persist}: with IDENTITY ids every persisted row is a round trip of its own
 * (plus {@code SELECT LAST_INSERT_ID()}), which is what made a bulk tracking row cost a dozen statements. The
 * rows come as unsaved entities (their getters are the column list); the caller reads them back for their ids.
 */
public final class TrackingInserts {

    static final String SHIPMENT = "INSERT INTO shipment (account_id, order_id, carrier, tracking_number, send_date,"
            + " extended_field1, tracking_url, duplicate_number, source_shipment_id, source_order_id, created_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String DELIVERY = "INSERT INTO tracking_webhook_delivery (account_id, event, occurrence, shipment_id,"
            + " order_number, url, payload, state, attempts, next_attempt_at, created_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private TrackingInserts() {}

    public static void shipments(Connection c, List<Shipment> shipments) throws SQLException {
        if (shipments.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(SHIPMENT)) {
            for (Shipment s : shipments) {
                ps.setLong(1, s.getAccountId());
                ps.setLong(2, s.getOrderId());
                ps.setString(3, s.getCarrier());
                ps.setString(4, s.getTrackingNumber());
                ps.setObject(5, s.getSendDate());
                text(ps, 6, s.getExtendedField1());
                text(ps, 7, s.getTrackingUrl());
                ps.setBoolean(8, s.isDuplicateNumber());
                id(ps, 9, s.getSourceShipmentId());
                id(ps, 10, s.getSourceOrderId());
                ps.setObject(11, utc(s.getCreatedAt()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public static void deliveries(Connection c, List<WebhookDelivery> deliveries) throws SQLException {
        if (deliveries.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(DELIVERY)) {
            for (WebhookDelivery d : deliveries) {
                ps.setLong(1, d.getAccountId());
                ps.setString(2, d.getEvent());
                ps.setString(3, d.getOccurrence());
                id(ps, 4, d.getShipmentId());
                text(ps, 5, d.getOrderNumber());
                ps.setString(6, d.getUrl());
                ps.setString(7, d.getPayload());
                ps.setString(8, d.getState().name());
                ps.setInt(9, d.getAttempts());
                ps.setObject(10, utc(d.getNextAttemptAt()));
                ps.setObject(11, utc(d.getCreatedAt()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void text(PreparedStatement ps, int i, String value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, value);
        }
    }

    private static void id(PreparedStatement ps, int i, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, value);
        }
    }

    /** Stored as UTC {@code DATETIME(6)}, like {@code InstantConverter}. */
    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
