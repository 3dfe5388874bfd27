-- Accounts (tenants), their users, API keys, dropshipping settings and activity log.
-- One dialect for MySQL/MariaDB and for H2 in MODE=MySQL.

CREATE TABLE account (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    public_id   VARCHAR(16),
    name        VARCHAR(200) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_account_public_id (public_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE app_user (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    account_id    BIGINT       NOT NULL,
    email         VARCHAR(254) NOT NULL,
    password_hash VARCHAR(512) NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_app_user_email (email),
    KEY ix_app_user_account (account_id),
    CONSTRAINT fk_app_user_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE api_key (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    account_id   BIGINT      NOT NULL,
    key_prefix   VARCHAR(16) NOT NULL,
    key_hash     CHAR(64)    NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    revoked_at   DATETIME(6),
    PRIMARY KEY (id),
    UNIQUE KEY uk_api_key_hash (key_hash),
    KEY ix_api_key_account (account_id),
    CONSTRAINT fk_api_key_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE dropshipping_settings (
    account_id          BIGINT      NOT NULL,
    enabled             TINYINT(1)  NOT NULL,
    vendor_order_status VARCHAR(32),
    updated_at          DATETIME(6) NOT NULL,
    PRIMARY KEY (account_id),
    CONSTRAINT fk_dropshipping_settings_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE account_activity (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    account_id  BIGINT        NOT NULL,
    occurred_at DATETIME(6)   NOT NULL,
    source      VARCHAR(32)   NOT NULL,
    message     VARCHAR(1000) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_account_activity_account (account_id, id),
    CONSTRAINT fk_account_activity_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
