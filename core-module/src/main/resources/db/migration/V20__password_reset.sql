-- Password reset without e-mail (issue #18): a single-use token per request, written to the server log and
-- stored here only as its SHA-256 (as API keys are). A token is refused once used_at is set or expires_at
-- has passed; a newer request for the same user marks the older ones used. Owned by platform-module.
-- One dialect for MySQL/MariaDB and for H2 in MODE=MySQL.

CREATE TABLE password_reset (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    user_id     BIGINT      NOT NULL,
    token_hash  CHAR(64)    NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    used_at     DATETIME(6),
    PRIMARY KEY (id),
    UNIQUE KEY uk_password_reset_hash (token_hash),
    KEY ix_password_reset_user (user_id),
    CONSTRAINT fk_password_reset_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
