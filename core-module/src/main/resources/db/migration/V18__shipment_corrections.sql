-- Shipments can be corrected and voided (issue #17). One clause per statement, no AFTER: the embedded H2 (MySQL
-- mode) must take it as MariaDB does.

-- a voided shipment stays (its history with it), marked with who voided it and when; "live" is 1 on a shipment
-- that counts and NULL once voided, so that the parcel's unique key covers live shipments only (a unique key does
-- not compare NULLs): the same parcel may be added again after it was voided
ALTER TABLE shipment ADD COLUMN voided_at DATETIME(6);
ALTER TABLE shipment ADD COLUMN voided_by VARCHAR(200);
ALTER TABLE shipment ADD COLUMN live TINYINT(1) DEFAULT 1;

-- the new key first: MariaDB's foreign key on order_id needs an index that starts with it
CREATE UNIQUE INDEX uk_shipment_live_parcel ON shipment (order_id, carrier, tracking_number, live);
ALTER TABLE shipment DROP INDEX uk_shipment_parcel;

-- a shipment gets several notices now (added, updated, voided): one per (account, event, occurrence), the unique
-- key V17 made. The foreign key on shipment_id gets an index of its own, and is made again around the drop: H2
-- hands the dropped unique key's index to a foreign key that used it, still unique
CREATE INDEX ix_tracking_webhook_delivery_shipment ON tracking_webhook_delivery (shipment_id);
ALTER TABLE tracking_webhook_delivery DROP FOREIGN KEY fk_tracking_webhook_delivery_shipment;
ALTER TABLE tracking_webhook_delivery DROP INDEX uk_tracking_webhook_delivery;
ALTER TABLE tracking_webhook_delivery ADD CONSTRAINT fk_tracking_webhook_delivery_shipment
    FOREIGN KEY (shipment_id) REFERENCES shipment (id);

-- every correction of a shipment, field by field, and its voiding: the old value, the new one, who and when
CREATE TABLE shipment_change (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    shipment_id   BIGINT        NOT NULL,
    account_id    BIGINT        NOT NULL,
    field         VARCHAR(40)   NOT NULL,
    old_value     VARCHAR(500),
    new_value     VARCHAR(500),
    changed_by    VARCHAR(200)  NOT NULL,
    changed_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_shipment_change_shipment (shipment_id, id),
    CONSTRAINT fk_shipment_change_shipment FOREIGN KEY (shipment_id) REFERENCES shipment (id),
    CONSTRAINT fk_shipment_change_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- (orders-module) what an order's status was before its first shipment, to go back to when every shipment on it
-- was voided; and whether a line was accepted, to go back to ACCEPTED (else OPEN) when its shipment was voided
ALTER TABLE sales_order ADD COLUMN status_before_shipping VARCHAR(24);
ALTER TABLE sales_order_line ADD COLUMN accepted_at DATETIME(6);
UPDATE sales_order_line SET accepted_at = CURRENT_TIMESTAMP(6) WHERE state = 'ACCEPTED';
