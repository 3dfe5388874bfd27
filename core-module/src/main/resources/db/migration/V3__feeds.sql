-- Feeds, grants and product tombstones (feeds-module). One dialect for MySQL/MariaDB and H2 MODE=MySQL.

CREATE TABLE feed (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    account_id      BIGINT       NOT NULL,
    name            VARCHAR(200) NOT NULL,
    format          VARCHAR(8)   NOT NULL,
    definition_json LONGTEXT     NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_feed_account (account_id, id),
    CONSTRAINT fk_feed_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE feed_grant (
    id                     BIGINT      NOT NULL AUTO_INCREMENT,
    feed_id                BIGINT      NOT NULL,
    account_id             BIGINT      NOT NULL,
    distributor_account_id BIGINT      NOT NULL,
    distributor_public_id  VARCHAR(16) NOT NULL,
    token_prefix           VARCHAR(16) NOT NULL,
    token_hash             CHAR(64)    NOT NULL,
    created_at             DATETIME(6) NOT NULL,
    revoked_at             DATETIME(6),
    last_fetched_at        DATETIME(6),
    fetch_count            BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_feed_grant_token (token_hash),
    KEY ix_feed_grant_feed (feed_id, id),
    KEY ix_feed_grant_distributor (distributor_account_id),
    CONSTRAINT fk_feed_grant_feed FOREIGN KEY (feed_id) REFERENCES feed (id),
    CONSTRAINT fk_feed_grant_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_feed_grant_distributor FOREIGN KEY (distributor_account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- deleted products, so that `since` answers can mark them removed
CREATE TABLE product_removal (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    account_id BIGINT      NOT NULL,
    sku        VARCHAR(64) NOT NULL,
    removed_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_product_removal_sku (account_id, sku),
    KEY ix_product_removal_at (account_id, removed_at),
    CONSTRAINT fk_product_removal_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- feed delivery pages through one account's products by id (keyset pagination)
CREATE INDEX ix_product_account_id ON product (account_id, id);
