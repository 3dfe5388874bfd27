package io.gemlink.partners.web;

import io.gemlink.account.api.AccountDirectory;
import io.gemlink.account.api.AccountView;
import io.gemlink.feeds.api.GrantDirectory;
import io.gemlink.feeds.api.PartnerGrant;
import io.gemlink.linking.api.LinkDirectory;
import io.gemlink.linking.api.SourceLink;
import io.gemlink.orders.api.PartnerOrders;
import io.gemlink.platform.api.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An account's partners, put together from the modules that own each part: grants (feeds), in-network
 * sources and linked products (linking), dropship orders (orders). Shared by the API and the screen.
 */
@ApplicationScoped
public class Partners {

    @EJB
    GrantDirectory grants;

    @EJB
    LinkDirectory links;

    @EJB
    PartnerOrders orders;

    @EJB
    AccountDirectory accounts;

    /** The distributors the account granted feeds to, then the vendors it imports from. */
    public List<Connection> of(long accountId) {
        Instant monthAgo = Instant.now().minus(Duration.ofDays(30));
        List<Connection> all = new ArrayList<>();
        all.addAll(distributors(accountId, monthAgo));
        all.addAll(vendors(accountId, monthAgo));
        return all;
    }

    /**
     * Ends the relationship from the caller's side: its grants to the partner are revoked, and its sources
     * of the partner's feeds removed (their products follow each source's missing-products rule).
     */
    @Transactional
    public void end(long accountId, String partnerPublicId) {
        AccountView partner = accounts.findByPublicId(partnerPublicId == null ? "" : partnerPublicId.trim())
                .filter(p -> p.id() != accountId)
                .orElseThrow(() -> new NotFoundException("partner"));
        boolean known = of(accountId).stream().anyMatch(c -> c.partnerPublicId().equals(partner.publicId()));
        if (!known) {
            throw new NotFoundException("partner");
        }
        grants.revokeAll(accountId, partner.id());
        links.removeSourcesOfVendor(accountId, partner.id());
    }

    private List<Connection> distributors(long vendorId, Instant monthAgo) {
        Map<Long, List<PartnerGrant>> byDistributor = new TreeMap<>();
        grants.grantsOfVendor(vendorId)
                .forEach(g -> byDistributor
                        .computeIfAbsent(g.distributorAccountId(), k -> new ArrayList<>())
                        .add(g));
        if (byDistributor.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> linked = links.linkedProductsByDistributor(vendorId);
        Map<Long, Long> received = orders.receivedByVendor(vendorId, monthAgo);
        List<Connection> result = new ArrayList<>();
        byDistributor.forEach((distributorId, list) -> {
            boolean live = list.stream().anyMatch(PartnerGrant::live);
            Map<Long, Connection.FeedRef> feeds = new LinkedHashMap<>();
            list.stream()
                    .filter(g -> g.live() || !live)
                    .forEach(g -> feeds.putIfAbsent(g.feedId(), new Connection.FeedRef(g.feedId(), g.feedName())));
            Instant since = list.stream()
                    .map(PartnerGrant::createdAt)
                    .min(Comparator.naturalOrder())
                    .orElse(null);
            result.add(connection(
                    distributorId,
                    "DISTRIBUTOR",
                    live,
                    List.copyOf(feeds.values()),
                    linked.getOrDefault(distributorId, 0L),
                    received.getOrDefault(distributorId, 0L),
                    since));
        });
        return result;
    }

    private List<Connection> vendors(long distributorId, Instant monthAgo) {
        Map<Long, String> feedNames = new LinkedHashMap<>();
        Map<Long, List<Instant>> sinceByVendor = new TreeMap<>();
        Map<Long, Boolean> liveByVendor = new TreeMap<>();
        Map<Long, Map<Long, Connection.FeedRef>> feedsByVendor = new TreeMap<>();
        for (PartnerGrant g : grants.grantsToDistributor(distributorId)) {
            feedNames.put(g.feedId(), g.feedName());
            if (g.live()) { // granted, perhaps not imported yet: still a partner
                sinceByVendor
                        .computeIfAbsent(g.vendorAccountId(), k -> new ArrayList<>())
                        .add(g.createdAt());
                liveByVendor.merge(g.vendorAccountId(), true, Boolean::logicalOr);
                feedsByVendor
                        .computeIfAbsent(g.vendorAccountId(), k -> new LinkedHashMap<>())
                        .putIfAbsent(g.feedId(), new Connection.FeedRef(g.feedId(), g.feedName()));
            }
        }
        for (SourceLink s : links.sourcesOf(distributorId)) {
            sinceByVendor
                    .computeIfAbsent(s.vendorAccountId(), k -> new ArrayList<>())
                    .add(s.createdAt());
            liveByVendor.merge(s.vendorAccountId(), s.live(), Boolean::logicalOr);
            feedsByVendor
                    .computeIfAbsent(s.vendorAccountId(), k -> new LinkedHashMap<>())
                    .putIfAbsent(s.feedId(), new Connection.FeedRef(s.feedId(), feedNames.get(s.feedId())));
        }
        if (sinceByVendor.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> linked = links.linkedProductsByVendor(distributorId);
        Map<Long, Long> sent = orders.sentByDistributor(distributorId, monthAgo);
        List<Connection> result = new ArrayList<>();
        sinceByVendor.forEach((vendorId, times) -> result.add(connection(
                vendorId,
                "VENDOR",
                liveByVendor.get(vendorId),
                List.copyOf(feedsByVendor.get(vendorId).values()),
                linked.getOrDefault(vendorId, 0L),
                sent.getOrDefault(vendorId, 0L),
                times.stream().min(Comparator.naturalOrder()).orElse(null))));
        return result;
    }

    private Connection connection(
            long partnerId,
            String role,
            boolean live,
            List<Connection.FeedRef> feeds,
            long linked,
            long orders,
            Instant since) {
        AccountView partner = accounts.get(partnerId);
        return new Connection(
                partner.publicId(),
                partner.name(),
                role,
                live ? Connection.ACTIVE : Connection.ENDED,
                feeds,
                linked,
                orders,
                since);
    }
}
