package io.gemlink.feeds.boundary;

import io.gemlink.account.api.AccountDirectory;
import io.gemlink.account.api.AccountView;
import io.gemlink.feeds.api.FeedAccessDenied;
import io.gemlink.feeds.api.GrantCreated;
import io.gemlink.feeds.api.GrantIssued;
import io.gemlink.feeds.api.GrantListItem;
import io.gemlink.feeds.api.GrantRevoked;
import io.gemlink.feeds.api.GrantView;
import io.gemlink.feeds.control.FeedTokens;
import io.gemlink.feeds.entity.FeedGrant;
import io.gemlink.platform.api.BadInputException;
import io.gemlink.platform.api.ConflictException;
import io.gemlink.platform.api.NotFoundException;
import io.gemlink.platform.api.Page;
import io.gemlink.platform.api.PageRequest;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Who may fetch a feed: a grant per distributor, with its own secret token (shown once, stored
 * hashed), revocable (several at once: {@link GrantRevocations}); each fetch is recorded on its grant.
 */
@Stateless
public class GrantService {

    @PersistenceContext
    EntityManager em;

    @EJB
    FeedService feeds;

    @EJB
    AccountDirectory accounts;

    @Inject
    Event<GrantIssued> issued;

    @Inject
    Event<GrantRevoked> revoked;

    /**
     * A new grant; the answer's token is shown this once (its {@code url} is the web module's to fill). One live
     * grant per feed and distributor: a second is refused (409) until the first is revoked. The feed's row is locked
     * first, so two grants racing each other cannot both pass that check.
     */
    public GrantCreated grant(long accountId, long feedId, String distributorPublicId) {
        em.lock(feeds.owned(accountId, feedId), LockModeType.PESSIMISTIC_WRITE);
        if (distributorPublicId == null || distributorPublicId.isBlank()) {
            throw new BadInputException("distributorPublicId", "is required");
        }
        AccountView distributor = accounts.findByPublicId(distributorPublicId.trim())
                .orElseThrow(() -> new BadInputException("distributorPublicId", "no account has this public id"));
        if (distributor.id() == accountId) {
            throw new BadInputException(
                    "distributorPublicId", "is your own account: a feed is granted to another account");
        }
        em.createNamedQuery(FeedGrant.LIVE_OF_FEED_TO, FeedGrant.class)
                .setParameter("feedId", feedId)
                .setParameter("distributorAccountId", distributor.id())
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .ifPresent(live -> {
                    throw new ConflictException(
                            "distributorPublicId",
                            "this distributor already has a live grant of this feed (grant " + live.getId()
                                    + "); revoke it first to issue a new token");
                });
        String token = FeedTokens.newToken();
        FeedGrant grant = new FeedGrant(
                feedId,
                accountId,
                distributor.id(),
                distributor.publicId(),
                FeedTokens.displayPrefix(token),
                FeedTokens.hash(token),
                now());
        em.persist(grant);
        em.flush(); // the id
        issued.fire(new GrantIssued(grant.getId(), feedId, accountId, distributor.id()));
        return new GrantCreated(grant.getId(), distributor.publicId(), token, null);
    }

    public List<GrantView> list(long accountId, long feedId) {
        feeds.owned(accountId, feedId);
        return em.createNamedQuery(FeedGrant.BY_FEED, FeedGrant.class)
                .setParameter("feedId", feedId)
                .getResultStream()
                .map(this::view)
                .toList();
    }

    /**
     * The next fetch with this grant's token gets 401. Revoking twice is harmless. The one path of every revoke: a
     * feed's page, the API and the Partners screen's selection ({@link GrantRevocations}).
     */
    public GrantView revoke(long accountId, long feedId, long grantId) {
        feeds.owned(accountId, feedId);
        FeedGrant grant = em.find(FeedGrant.class, grantId);
        if (grant == null || grant.getFeedId() != feedId) {
            throw new NotFoundException("grant");
        }
        if (!grant.isRevoked()) {
            grant.revoke(now());
            revoked.fire(new GrantRevoked(grant.getId(), feedId, accountId, grant.getDistributorAccountId()));
        }
        return view(grant);
    }

    /** The vendor's live grants of all its feeds, newest first, with each feed's name: one page. */
    public Page<GrantListItem> live(long accountId, PageRequest page) {
        long total = em.createQuery(
                        "SELECT COUNT(g) FROM FeedGrant g WHERE g.accountId = :accountId AND g.revokedAt IS NULL",
                        Long.class)
                .setParameter("accountId", accountId)
                .getSingleResult();
        List<GrantListItem> items = em.createQuery(
                        "SELECT g, f.name FROM FeedGrant g, Feed f WHERE f.id = g.feedId AND g.accountId = :accountId"
                                + " AND g.revokedAt IS NULL ORDER BY g.id DESC",
                        Object[].class)
                .setParameter("accountId", accountId)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultStream()
                .map(row -> new GrantListItem(view((FeedGrant) row[0]), (String) row[1]))
                .toList();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** Lets a fetch of {@code feedId} in if the token belongs to a live grant of that feed, and records it. */
    public void admit(long feedId, String token) {
        if (token == null || token.isBlank()) {
            throw new FeedAccessDenied("Send the grant token as 'Authorization: Bearer <token>' or ?token=.");
        }
        FeedGrant grant = em.createNamedQuery(FeedGrant.BY_TOKEN_HASH, FeedGrant.class)
                .setParameter("tokenHash", FeedTokens.hash(token.trim()))
                .getResultStream()
                .findFirst()
                .filter(g -> g.getFeedId() == feedId && !g.isRevoked())
                .orElseThrow(() -> new FeedAccessDenied("The token is unknown, revoked, or not for this feed."));
        grant.fetched(now());
    }

    /**
     * Lets an in-network importer of {@code feedId} in if a live grant of that feed names its distributor,
     * and records the fetch on it.
     */
    public void admit(long feedId, long distributorAccountId) {
        FeedGrant grant = em.createNamedQuery(FeedGrant.LIVE_OF_FEED_TO, FeedGrant.class)
                .setParameter("feedId", feedId)
                .setParameter("distributorAccountId", distributorAccountId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new FeedAccessDenied("the vendor revoked access to this feed"));
        grant.fetched(now());
    }

    private GrantView view(FeedGrant g) {
        String name = accounts.findByPublicId(g.getDistributorPublicId())
                .map(AccountView::name)
                .orElse(null);
        return new GrantView(
                g.getId(),
                g.getFeedId(),
                g.getDistributorPublicId(),
                name,
                g.getTokenPrefix(),
                g.getCreatedAt(),
                g.getRevokedAt(),
                g.getLastFetchedAt(),
                g.getFetchCount());
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
