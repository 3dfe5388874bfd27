-- Tracking: shipments on orders (a vendor's own and the copies carried to the distributor's order),
-- each account's outbound tracking webhook, and its delivery outbox with the log of every attempt.

CREATE TABLE shipment (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    account_id          BIGINT        NOT NULL,
    order_id            BIGINT        NOT NULL,
    carrier             VARCHAR(20)   NOT NULL,
    tracking_number     VARCHAR(64)   NOT NULL,
    send_date           DATE          NOT NULL,
    extended_field1     VARCHAR(255),
    tracking_url        VARCHAR(500),
    -- the number was already used on another order of the same account (flagged, not refused)
    duplicate_number    TINYINT(1)    NOT NULL DEFAULT 0,
    -- set on the distributor's copy: the vendor's shipment it was copied from
    source_shipment_id  BIGINT,
    -- and the vendor's order it came from: a distributor order's vendor part has shipped when a copy names it
    source_order_id     BIGINT,
    created_at          DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    -- the same parcel entered twice on one order is one shipment (a re-sent bulk file doubles nothing)
    UNIQUE KEY uk_shipment_parcel (order_id, carrier, tracking_number),
    KEY ix_shipment_number (account_id, tracking_number),
    KEY ix_shipment_source (source_shipment_id),
    CONSTRAINT fk_shipment_order FOREIGN KEY (order_id) REFERENCES sales_order (id),
    CONSTRAINT fk_shipment_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE tracking_webhook (
    account_id  BIGINT         NOT NULL,
    url         VARCHAR(1000)  NOT NULL,
    secret      VARCHAR(200)   NOT NULL,
    updated_at  DATETIME(6)    NOT NULL,
    PRIMARY KEY (account_id),
    CONSTRAINT fk_tracking_webhook_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- the outbox: written in the shipment's transaction, delivered after the commit and by a timer
CREATE TABLE tracking_webhook_delivery (
    id               BIGINT         NOT NULL AUTO_INCREMENT,
    account_id       BIGINT         NOT NULL,
    shipment_id      BIGINT         NOT NULL,
    order_number     VARCHAR(20),
    url              VARCHAR(1000)  NOT NULL,
    payload          LONGTEXT       NOT NULL,
    state            VARCHAR(16)    NOT NULL,
    attempts         INT            NOT NULL DEFAULT 0,
    next_attempt_at  DATETIME(6)    NOT NULL,
    claimed_until    DATETIME(6),
    last_status      INT,
    last_error       VARCHAR(500),
    created_at       DATETIME(6)    NOT NULL,
    delivered_at     DATETIME(6),
    PRIMARY KEY (id),
    -- one notice per shipment
    UNIQUE KEY uk_tracking_webhook_delivery (shipment_id),
    KEY ix_tracking_webhook_delivery_due (state, next_attempt_at),
    KEY ix_tracking_webhook_delivery_account (account_id, id),
    CONSTRAINT fk_tracking_webhook_delivery_shipment FOREIGN KEY (shipment_id) REFERENCES shipment (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE tracking_webhook_attempt (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    delivery_id   BIGINT        NOT NULL,
    attempt_no    INT           NOT NULL,
    attempted_at  DATETIME(6)   NOT NULL,
    status_code   INT,
    error         VARCHAR(500),
    duration_ms   BIGINT        NOT NULL,
    PRIMARY KEY (id),
    KEY ix_tracking_webhook_attempt_delivery (delivery_id, attempt_no),
    CONSTRAINT fk_tracking_webhook_attempt_delivery FOREIGN KEY (delivery_id) REFERENCES tracking_webhook_delivery (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
