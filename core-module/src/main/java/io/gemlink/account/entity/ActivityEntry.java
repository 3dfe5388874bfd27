package io.gemlink.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of an account's activity log: what the platform did for it and why, in words. */
@Entity
@Table(name = "account_activity")
@NamedQuery(
        name = ActivityEntry.BY_ACCOUNT,
        query = "SELECT e FROM ActivityEntry e WHERE e.accountId = :accountId ORDER BY e.id DESC")
@NamedQuery(
        name = ActivityEntry.COUNT_BY_ACCOUNT,
        query = "SELECT COUNT(e) FROM ActivityEntry e WHERE e.accountId = :accountId")
public class ActivityEntry {

    public static final String BY_ACCOUNT = "ActivityEntry.byAccount";
    public static final String COUNT_BY_ACCOUNT = "ActivityEntry.countByAccount";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 32)
    private String source;

    @Column(nullable = false, length = 1000)
    private String message;

    protected ActivityEntry() {}

    public ActivityEntry(long accountId, Instant occurredAt, String source, String message) {
        this.accountId = accountId;
        this.occurredAt = occurredAt;
        this.source = source;
        this.message = message.length() > 1000 ? message.substring(0, 1000) : message;
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getSource() {
        return source;
    }

    public String getMessage() {
        return message;
    }
}
