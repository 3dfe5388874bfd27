-- The distributor side: import sources (a subscription to one vendor feed, with its schedule and
-- import rules), their runs, and a bounded sample of each run's rejected rows. Linked products
-- themselves are rows of product (V2) with link_* set.
-- Scheduling state lives here, not in EJB timers: next_run_at survives a restart, and claimed_at
-- (set by one atomic UPDATE ... WHERE claimed_at IS NULL) keeps two runs of a source from
-- overlapping, also across servers sharing the database.

CREATE TABLE import_source (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    account_id         BIGINT        NOT NULL,
    feed_url           VARCHAR(2000) NOT NULL,
    token              VARCHAR(200),
    every_minutes      INT           NOT NULL,
    markup_percent     DECIMAL(7,2)  NOT NULL,
    rounding           VARCHAR(16)   NOT NULL,
    stock_buffer       INT           NOT NULL,
    missing_rule       VARCHAR(16)   NOT NULL,
    keep_fields        VARCHAR(500),
    vendor_public_id   VARCHAR(16),
    vendor_account_id  BIGINT,
    etag               VARCHAR(200),
    last_good_count    INT,
    last_confirmed_at  DATETIME(6),
    last_run_id        BIGINT,
    next_run_at        DATETIME(6)   NOT NULL,
    claimed_at         DATETIME(6),
    paused_reason      VARCHAR(300),
    created_at         DATETIME(6)   NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_import_source_account (account_id, id),
    KEY ix_import_source_due (next_run_at),
    KEY ix_import_source_vendor (vendor_account_id),
    CONSTRAINT fk_import_source_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE import_run (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    source_id    BIGINT        NOT NULL,
    account_id   BIGINT        NOT NULL,
    run_trigger  VARCHAR(16)   NOT NULL,
    status       VARCHAR(16)   NOT NULL,
    started_at   DATETIME(6)   NOT NULL,
    finished_at  DATETIME(6),
    progress     INT           NOT NULL DEFAULT 0,
    rows_read    INT           NOT NULL DEFAULT 0,
    created      INT           NOT NULL DEFAULT 0,
    updated      INT           NOT NULL DEFAULT 0,
    unchanged    INT           NOT NULL DEFAULT 0,
    removed      INT           NOT NULL DEFAULT 0,
    rejected     INT           NOT NULL DEFAULT 0,
    not_modified TINYINT(1)    NOT NULL DEFAULT 0,
    suspicious   TINYINT(1)    NOT NULL DEFAULT 0,
    note         VARCHAR(1000),
    failure      VARCHAR(1000),
    PRIMARY KEY (id),
    KEY ix_import_run_source (source_id, id),
    CONSTRAINT fk_import_run_source FOREIGN KEY (source_id) REFERENCES import_source (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE import_rejection (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    run_id      BIGINT        NOT NULL,
    row_no      INT           NOT NULL,
    message     VARCHAR(500)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_import_rejection_run (run_id, row_no),
    CONSTRAINT fk_import_rejection_run FOREIGN KEY (run_id) REFERENCES import_run (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
