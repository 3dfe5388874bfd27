package io.gemlink.feeds.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A vendor's feed: a named view of its catalog for one kind of distributor. The filter, the shared
 * fields and the pricing are kept together as the JSON of a {@code FeedDefinition}: they are always
 * read and written as a whole, and never queried by column. {@code updatedAt} takes part in the
 * delivered feed's ETag.
 */
@Entity
@Table(name = "feed")
@NamedQuery(name = Feed.BY_ACCOUNT, query = "SELECT f FROM Feed f WHERE f.accountId = :accountId ORDER BY f.id DESC")
public class Feed {

    public static final String BY_ACCOUNT = "Feed.byAccount";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 8)
    private String format;

    @Column(name = "definition_json", nullable = false, columnDefinition = "LONGTEXT")
    private String definitionJson;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Feed() {}

    public Feed(long accountId, Instant now) {
        this.accountId = accountId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void define(String name, String format, String definitionJson, Instant now) {
        this.name = name;
        this.format = format;
        this.definitionJson = definitionJson;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getName() {
        return name;
    }

    public String getFormat() {
        return format;
    }

    public String getDefinitionJson() {
        return definitionJson;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
