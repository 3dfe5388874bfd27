-- Bulk tracking uploads as jobs (from the API, JSON or CSV, and from the admin screen): the counters
-- are written in the transaction of each batch of shipments, so after a crash they say exactly what is
-- stored. A job left RUNNING by a server that died is marked INTERRUPTED (its owner's boot is over,
-- or its heartbeat updated_at is older than the limit).

CREATE TABLE bulk_job (
    id             BIGINT         NOT NULL AUTO_INCREMENT,
    -- the id partners see (a random UUID): never guessable, never a count of uploads
    public_id      VARCHAR(36)    NOT NULL,
    account_id     BIGINT         NOT NULL,
    origin         VARCHAR(10)    NOT NULL,
    status         VARCHAR(16)    NOT NULL,
    file_name      VARCHAR(255),
    -- unknown (null) for a CSV streamed to the API
    total_rows     INT,
    done_rows      INT            NOT NULL DEFAULT 0,
    -- the highest row number (CSV line, JSON array position) of the batches committed so far
    last_row       INT            NOT NULL DEFAULT 0,
    applied        INT            NOT NULL DEFAULT 0,
    unchanged      INT            NOT NULL DEFAULT 0,
    rejected       INT            NOT NULL DEFAULT 0,
    warnings       INT            NOT NULL DEFAULT 0,
    failure        VARCHAR(1000),
    -- the server instance running it, and that server's start: another start of the same instance
    -- means the job's run is over
    owner          VARCHAR(200)   NOT NULL,
    boot_id        VARCHAR(36)    NOT NULL,
    started_at     DATETIME(6)    NOT NULL,
    -- the heartbeat: every batch and a timer refresh it while the job runs
    updated_at     DATETIME(6)    NOT NULL,
    finished_at    DATETIME(6),
    PRIMARY KEY (id),
    UNIQUE KEY uk_bulk_job_public (public_id),
    KEY ix_bulk_job_account (account_id, id),
    KEY ix_bulk_job_status (status, updated_at),
    CONSTRAINT fk_bulk_job_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- rejected rows (kind R) and warnings (kind W) of a job, the first ones of each kind only
-- (gemlink.tracking.bulk.kept-issues); the job's counters count them all
CREATE TABLE bulk_job_issue (
    id        BIGINT         NOT NULL AUTO_INCREMENT,
    job_id    BIGINT         NOT NULL,
    kind      CHAR(1)        NOT NULL,
    row_no    INT            NOT NULL,
    field     VARCHAR(100)   NOT NULL,
    message   VARCHAR(1000)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_bulk_job_issue_job (job_id, kind, id),
    CONSTRAINT fk_bulk_job_issue_job FOREIGN KEY (job_id) REFERENCES bulk_job (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
