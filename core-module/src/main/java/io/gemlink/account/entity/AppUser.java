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
 * A person who logs in to the admin screens of one account. The password is kept as a PBKDF2 hash,
 * rewritten with the current cost at a good login when it was made with a lower one.
 */
@Entity
@Table(name = "app_user")
@NamedQuery(name = AppUser.BY_EMAIL, query = "SELECT u FROM AppUser u WHERE u.email = :email")
public class AppUser {

    public static final String BY_EMAIL = "AppUser.byEmail";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(nullable = false, length = 254, unique = true)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AppUser() {}

    public AppUser(long accountId, String email, String passwordHash, Instant createdAt) {
        this.accountId = accountId;
        this.email = email;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    /** Its new login address, lower-case (checked and found free by the caller). */
    public void changeEmail(String email) {
        this.email = email;
    }
}
