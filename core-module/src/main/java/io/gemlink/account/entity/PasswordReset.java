package io.gemlink.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A request to reset a user's password: a single-use token with an expiry. The token itself is written to the
 * server log for the operator to hand over (no e-mail); only its SHA-256 is stored, as with API keys. Used once,
 * or superseded by a newer request, it carries {@code usedAt} and is refused from then on.
 */
@Entity
@Table(name = "password_reset")
@NamedQuery(name = PasswordReset.BY_HASH, query = "SELECT r FROM PasswordReset r WHERE r.tokenHash = :tokenHash")
@NamedQuery(
        name = PasswordReset.USE,
        query = "UPDATE PasswordReset r SET r.usedAt = :now WHERE r.id = :id AND r.usedAt IS NULL"
                + " AND r.expiresAt > :now")
@NamedQuery(
        name = PasswordReset.SUPERSEDE,
        query = "UPDATE PasswordReset r SET r.usedAt = :now WHERE r.userId = :userId AND r.usedAt IS NULL")
public class PasswordReset {

    public static final String BY_HASH = "PasswordReset.byHash";
    /** Marks one request used if it still may be: one row changed means this caller, and only it, may reset. */
    public static final String USE = "PasswordReset.use";
    /** Marks a user's open requests used (a newer one replaces them; a reset ends them all). */
    public static final String SUPERSEDE = "PasswordReset.supersede";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected PasswordReset() {}

    public PasswordReset(long userId, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public Long getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
