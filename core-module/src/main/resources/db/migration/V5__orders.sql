-- Orders of every account (distributor channel orders and vendors' dropship orders), their lines,
-- the dropship parts that a distributor order owes its vendors (the outbox of mirroring), channel
-- settings and webhook receipts.

CREATE TABLE sales_order (
    id                        BIGINT        NOT NULL AUTO_INCREMENT,
    account_id                BIGINT        NOT NULL,
    number                    VARCHAR(20),
    channel                   VARCHAR(16)   NOT NULL,
    external_id               VARCHAR(100),
    status                    VARCHAR(24)   NOT NULL,
    currency                  CHAR(3)       NOT NULL,
    ship_name                 VARCHAR(200),
    ship_line1                VARCHAR(200),
    ship_line2                VARCHAR(200),
    ship_city                 VARCHAR(100),
    ship_region               VARCHAR(100),
    ship_postal_code          VARCHAR(20),
    ship_country              VARCHAR(2),
    ship_phone                VARCHAR(40),
    source_account_id         BIGINT,
    source_account_public_id  VARCHAR(16),
    source_order_id           BIGINT,
    source_order_number       VARCHAR(20),
    created_at                DATETIME(6)   NOT NULL,
    updated_at                DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_sales_order_number (number),
    -- the same channel order delivered twice is one order
    UNIQUE KEY uk_sales_order_channel_external (account_id, channel, external_id),
    -- each (distributor order, vendor) yields one dropship order
    UNIQUE KEY uk_sales_order_source (account_id, source_order_id),
    KEY ix_sales_order_account (account_id, id),
    CONSTRAINT fk_sales_order_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sales_order_line (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    order_id           BIGINT        NOT NULL,
    line_no            INT           NOT NULL,
    sku                VARCHAR(64)   NOT NULL,
    title              VARCHAR(255),
    quantity           INT           NOT NULL,
    unit_price         DECIMAL(12,2) NOT NULL,
    vendor_account_id  BIGINT,
    vendor_sku         VARCHAR(64),
    backordered        TINYINT(1)    NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_sales_order_line (order_id, line_no),
    CONSTRAINT fk_sales_order_line_order FOREIGN KEY (order_id) REFERENCES sales_order (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE dropship_part (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    order_id             BIGINT       NOT NULL,
    vendor_account_id    BIGINT       NOT NULL,
    vendor_public_id     VARCHAR(16)  NOT NULL,
    state                VARCHAR(16)  NOT NULL,
    vendor_order_id      BIGINT,
    vendor_order_number  VARCHAR(20),
    skipped_reason       VARCHAR(500),
    attempts             INT          NOT NULL DEFAULT 0,
    created_at           DATETIME(6)  NOT NULL,
    updated_at           DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_dropship_part (order_id, vendor_account_id),
    KEY ix_dropship_part_state (state, updated_at),
    CONSTRAINT fk_dropship_part_order FOREIGN KEY (order_id) REFERENCES sales_order (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE channel_settings (
    account_id              BIGINT       NOT NULL,
    shopify_webhook_secret  VARCHAR(200),
    updated_at              DATETIME(6)  NOT NULL,
    PRIMARY KEY (account_id),
    CONSTRAINT fk_channel_settings_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE webhook_receipt (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    account_id   BIGINT        NOT NULL,
    channel      VARCHAR(16)   NOT NULL,
    webhook_id   VARCHAR(100)  NOT NULL,
    received_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_webhook_receipt (account_id, channel, webhook_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- what the distributor pays the vendor for a linked product (the feed price before the
-- distributor's own markup); the importer records it, dropship order lines use it
ALTER TABLE product ADD COLUMN link_vendor_price DECIMAL(12,2);
