package io.gemlink.feeds.boundary;

import io.gemlink.account.api.AccountDirectory;
import io.gemlink.feeds.api.GrantDirectory;
import io.gemlink.feeds.api.GrantRevoked;
import io.gemlink.feeds.api.LiveGrant;
import io.gemlink.feeds.api.PartnerGrant;
import io.gemlink.feeds.control.FeedTokens;
import io.gemlink.feeds.entity.Feed;
import io.gemlink.feeds.entity.FeedGrant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers the other modules' questions about grants ({@link GrantDirectory}): a grant is live while it
 * is not revoked and its feed exists, and it proves a link only for the distributor it names.
 */
@Stateless
public class GrantLinks implements GrantDirectory {

    @PersistenceContext
    EntityManager em;

    @EJB
    AccountDirectory accounts;

    @Inject
    Event<GrantRevoked> revoked;

    @Override
    public Optional<LiveGrant> liveGrantForToken(String token, long distributorAccountId) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(FeedGrant.BY_TOKEN_HASH, FeedGrant.class)
                .setParameter("tokenHash", FeedTokens.hash(token.trim()))
                .getResultStream()
                .findFirst()
                .filter(g -> !g.isRevoked() && g.getDistributorAccountId() == distributorAccountId)
                .flatMap(this::live);
    }

    @Override
    public Optional<LiveGrant> liveGrant(long feedId, long distributorAccountId) {
        return em.createNamedQuery(FeedGrant.LIVE_OF_FEED_TO, FeedGrant.class)
                .setParameter("feedId", feedId)
                .setParameter("distributorAccountId", distributorAccountId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .flatMap(this::live);
    }

    @Override
    public boolean feedExists(long feedId) {
        return em.find(Feed.class, feedId) != null;
    }

    @Override
    public List<PartnerGrant> grantsOfVendor(long vendorAccountId) {
        return partnerGrants(em.createNamedQuery(FeedGrant.OF_VENDOR, FeedGrant.class)
                .setParameter("accountId", vendorAccountId)
                .getResultList());
    }

    @Override
    public List<PartnerGrant> grantsToDistributor(long distributorAccountId) {
        return partnerGrants(em.createNamedQuery(FeedGrant.TO_DISTRIBUTOR, FeedGrant.class)
                .setParameter("distributorAccountId", distributorAccountId)
                .getResultList());
    }

    @Override
    public int revokeAll(long vendorAccountId, long distributorAccountId) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<FeedGrant> live = em.createNamedQuery(FeedGrant.OF_VENDOR, FeedGrant.class)
                .setParameter("accountId", vendorAccountId)
                .getResultStream()
                .filter(g -> !g.isRevoked() && g.getDistributorAccountId() == distributorAccountId)
                .toList();
        live.forEach(g -> {
            g.revoke(now);
            revoked.fire(new GrantRevoked(g.getId(), g.getFeedId(), vendorAccountId, distributorAccountId));
        });
        return live.size();
    }

    private Optional<LiveGrant> live(FeedGrant g) {
        Feed feed = em.find(Feed.class, g.getFeedId());
        if (feed == null) {
            return Optional.empty();
        }
        return Optional.of(new LiveGrant(
                g.getId(),
                feed.getId(),
                feed.getName(),
                feed.getAccountId(),
                accounts.get(feed.getAccountId()).publicId()));
    }

    private List<PartnerGrant> partnerGrants(List<FeedGrant> grants) {
        Map<Long, String> names = new HashMap<>();
        return grants.stream()
                .map(g -> new PartnerGrant(
                        g.getId(),
                        g.getFeedId(),
                        names.computeIfAbsent(
                                g.getFeedId(),
                                id -> Optional.ofNullable(em.find(Feed.class, id))
                                        .map(Feed::getName)
                                        .orElse(null)),
                        g.getAccountId(),
                        g.getDistributorAccountId(),
                        g.getCreatedAt(),
                        g.getRevokedAt()))
                .toList();
    }
}
