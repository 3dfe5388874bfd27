package io.gemlink.linking.api;

import java.time.Instant;
import java.util.List;

/**
 * An import source as the API and the screens show it. The token is never shown ({@code hasToken}).
 *
 * @param external        no live grant of this deployment named the caller for the token: the feed's rows become
 *                        the distributor's own products, never linked to a vendor, never mirrored
 * @param vendorPublicId  in-network: the owner of the granted feed; null when external
 * @param feedId          in-network: the granted feed; null when external
 * @param linkEndedReason in-network: why the link is ended now (revoked, feed deleted, a switch off), or null
 * @param lastConfirmedAt when the vendor last confirmed the whole feed (a complete run or an unchanged 304)
 * @param stale           no good run for more than a few intervals (see {@code gemlink.linking.stale-intervals})
 * @param running         a run holds the source right now
 * @param paused          the distributor paused scheduled runs
 * @param pausedReason    why scheduled runs are skipped (paused, dropshipping is off), or null
 */
public record ImportSourceView(
        long id,
        String feedUrl,
        boolean hasToken,
        int everyMinutes,
        PriceRule priceRule,
        int stockBuffer,
        MissingRule missing,
        List<String> keep,
        boolean external,
        String vendorPublicId,
        Long feedId,
        String linkEndedReason,
        Instant linkEndedAt,
        ImportRunView lastRun,
        Instant nextRunAt,
        Instant lastConfirmedAt,
        boolean stale,
        boolean running,
        boolean paused,
        String pausedReason,
        Instant createdAt) {}
