package io.gemlink.linking.api;

import java.time.Instant;
import java.util.List;

/**
 * An import source as the API and the screens show it. The token is never shown ({@code hasToken}).
 *
 * @param lastConfirmedAt when the vendor last confirmed the whole feed (a complete run or an unchanged 304)
 * @param stale           no good run for more than a few intervals (see {@code gemlink.linking.stale-intervals})
 * @param running         a run holds the source right now
 * @param pausedReason    why scheduled runs are skipped (e.g. dropshipping is off), or null
 */
public record ImportSourceView(long id, String feedUrl, boolean hasToken, int everyMinutes, PriceRule priceRule,
                               int stockBuffer, MissingRule missing, List<String> keep, String vendorPublicId,
                               ImportRunView lastRun, Instant nextRunAt, Instant lastConfirmedAt, boolean stale,
                               boolean running, String pausedReason, Instant createdAt) {
}
