package io.gemlink.partners.web;

import java.time.Instant;
import java.util.List;

/**
 * One partner of the caller (docs/api.md, Partners): a distributor the caller granted feeds to
 * ({@code partnerRole} DISTRIBUTOR), or a vendor whose feeds the caller imports (VENDOR).
 * {@code status} ACTIVE while at least one grant (or in-network source) between them is live.
 */
public record Connection(
        String partnerPublicId,
        String partnerName,
        String partnerRole,
        String status,
        List<FeedRef> feeds,
        long linkedProducts,
        long ordersLast30Days,
        Instant since) {

    public static final String ACTIVE = "ACTIVE";
    public static final String ENDED = "ENDED";

    public record FeedRef(long id, String name) {}
}
