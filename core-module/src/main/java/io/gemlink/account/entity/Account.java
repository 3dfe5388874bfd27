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
 * A tenant: one jewelry business. Partners know it by its public id ({@code VG-100042});
 * the numeric id never leaves the server in anything but the account's own answers.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_PUBLIC_ID, query = "SELECT a FROM Account a WHERE a.publicId = :publicId")
public class Account {

    public static final String BY_PUBLIC_ID = "Account.byPublicId";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", length = 16, unique = true)
    private String publicId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Account() {}

    public Account(String name, Instant createdAt) {
        this.name = name;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getPublicId() {
        return publicId;
    }

    /** Set once, right after the first flush gave the account its id. */
    public void assignPublicId(String publicId) {
        if (this.publicId != null) {
            throw new IllegalStateException("public id already assigned");
        }
        this.publicId = publicId;
    }

    public String getName() {
        return name;
    }

    /** Its new name (checked by the caller); the public id stays. */
    public void rename(String name) {
        this.name = name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
