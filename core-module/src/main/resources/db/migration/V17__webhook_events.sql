-- The outbound webhook carries events an account subscribes to (issue #17): the tracking webhook row is the
-- account's one webhook, with its subscribed event names; a delivery is owed per (account, event, occurrence)
-- and need not be about a shipment. Existing rows are the tracking webhook as it was: shipment.added only.
-- One clause per statement, no AFTER, no DROP: the embedded H2 (MySQL mode) must take it as MariaDB does.
-- uk_tracking_webhook_delivery (shipment_id) stays: shipment.added is still one notice per shipment, and the
-- other events carry no shipment (NULL, which a unique key does not compare); shipment.updated / .voided, when
-- they are fired, will need it dropped.

ALTER TABLE tracking_webhook ADD COLUMN events VARCHAR(500) DEFAULT 'shipment.added' NOT NULL;

ALTER TABLE tracking_webhook_delivery ADD COLUMN event VARCHAR(40) DEFAULT 'shipment.added' NOT NULL;

ALTER TABLE tracking_webhook_delivery ADD COLUMN occurrence VARCHAR(100);

ALTER TABLE tracking_webhook_delivery MODIFY shipment_id BIGINT NULL;

UPDATE tracking_webhook_delivery SET occurrence = CONCAT('', shipment_id);

ALTER TABLE tracking_webhook_delivery MODIFY occurrence VARCHAR(100) NOT NULL;

-- one notice per occurrence of an event (shipment.added: the shipment's id, as before)
CREATE UNIQUE INDEX uk_tracking_webhook_delivery_event ON tracking_webhook_delivery (account_id, event, occurrence);

-- the tracking route lists one event's deliveries
CREATE INDEX ix_tracking_webhook_delivery_event ON tracking_webhook_delivery (account_id, event, id);
