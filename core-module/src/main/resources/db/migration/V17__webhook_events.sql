-- The outbound webhook carries events an account subscribes to (issue #17): the tracking webhook row is the
-- account's one webhook, with its subscribed event names; a delivery is owed per (account, event, occurrence)
-- and need not be about a shipment. Existing rows are the tracking webhook as it was: shipment.added only.

ALTER TABLE tracking_webhook
    ADD COLUMN events VARCHAR(500) NOT NULL DEFAULT 'shipment.added' AFTER secret;

ALTER TABLE tracking_webhook_delivery
    ADD COLUMN event       VARCHAR(40)  NOT NULL DEFAULT 'shipment.added' AFTER account_id,
    ADD COLUMN occurrence  VARCHAR(100) AFTER event,
    MODIFY shipment_id BIGINT NULL,
    -- the foreign key keeps an index of its own once the unique key below is replaced
    ADD KEY ix_tracking_webhook_delivery_shipment (shipment_id);

UPDATE tracking_webhook_delivery SET occurrence = CAST(shipment_id AS CHAR);

ALTER TABLE tracking_webhook_delivery
    MODIFY occurrence VARCHAR(100) NOT NULL,
    DROP KEY uk_tracking_webhook_delivery,
    -- one notice per occurrence of an event (shipment.added: the shipment's id, as before)
    ADD UNIQUE KEY uk_tracking_webhook_delivery (account_id, event, occurrence),
    -- the tracking route lists one event's deliveries
    ADD KEY ix_tracking_webhook_delivery_event (account_id, event, id);
