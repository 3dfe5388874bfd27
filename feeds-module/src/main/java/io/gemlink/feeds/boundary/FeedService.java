package io.gemlink.feeds.boundary;

import io.gemlink.feeds.api.FeedDefinition;
import io.gemlink.feeds.api.FeedDeleted;
import io.gemlink.feeds.api.FeedView;
import io.gemlink.feeds.control.FeedRules;
import io.gemlink.feeds.entity.Feed;
import io.gemlink.feeds.entity.FeedGrant;
import io.gemlink.platform.api.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** A vendor's feeds: create, read, change, delete. Another account's feed is "not found". */
@Stateless
public class FeedService {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<FeedDeleted> deleted;

    public FeedView create(long accountId, FeedDefinition definition) {
        FeedDefinition d = FeedRules.check(definition);
        Feed feed = new Feed(accountId, now());
        feed.define(d.name(), d.format(), JSONB.toJson(d), now());
        em.persist(feed);
        em.flush(); // the id
        return view(feed);
    }

    public List<FeedView> list(long accountId) {
        return em.createNamedQuery(Feed.BY_ACCOUNT, Feed.class)
                .setParameter("accountId", accountId)
                .getResultStream()
                .map(FeedService::view)
                .toList();
    }

    public FeedView get(long accountId, long feedId) {
        return view(owned(accountId, feedId));
    }

    /** Replaces the definition; the delivered feed's ETag changes with it. */
    public FeedView update(long accountId, long feedId, FeedDefinition definition) {
        FeedDefinition d = FeedRules.check(definition);
        Feed feed = owned(accountId, feedId);
        feed.define(d.name(), d.format(), JSONB.toJson(d), now());
        return view(feed);
    }

    /** Deletes the feed and its grants: their tokens stop working at once, and links through them end. */
    public void delete(long accountId, long feedId) {
        Feed feed = owned(accountId, feedId);
        em.createNamedQuery(FeedGrant.BY_FEED, FeedGrant.class)
                .setParameter("feedId", feedId)
                .getResultStream()
                .forEach(em::remove);
        em.flush();
        em.remove(feed);
        deleted.fire(new FeedDeleted(feedId, accountId));
    }

    /** Any account's feed, for delivery (the grant token decides who may read it). */
    public Optional<DeliverableFeed> deliverable(long feedId) {
        return Optional.ofNullable(em.find(Feed.class, feedId))
                .map(f -> new DeliverableFeed(
                        f.getId(), f.getAccountId(), definition(f), f.getUpdatedAt(), f.getVersion()));
    }

    /** The account's feed; another account's is "not found". */
    public Feed owned(long accountId, long feedId) {
        Feed feed = em.find(Feed.class, feedId);
        if (feed == null || feed.getAccountId() != accountId) {
            throw new NotFoundException("feed");
        }
        return feed;
    }

    private static FeedDefinition definition(Feed feed) {
        return JSONB.fromJson(feed.getDefinitionJson(), FeedDefinition.class);
    }

    private static FeedView view(Feed feed) {
        FeedDefinition d = definition(feed);
        return new FeedView(
                feed.getId(),
                d.name(),
                d.format(),
                d.fields(),
                d.filter(),
                d.pricing(),
                feed.getCreatedAt(),
                feed.getUpdatedAt());
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** What delivery needs of a feed. */
    public record DeliverableFeed(
            long id, long accountId, FeedDefinition definition, Instant updatedAt, long version) {}
}
