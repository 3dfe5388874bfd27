package io.gemlink.linking.control;

import io.gemlink.catalog.api.LinkedProductRow;
import io.gemlink.linking.api.ImportRunView;
import io.gemlink.linking.api.ImportSourceView;
import io.gemlink.linking.api.LinkedProductView;
import io.gemlink.linking.api.MissingRule;
import io.gemlink.linking.api.PriceRule;
import io.gemlink.linking.api.RejectedRow;
import io.gemlink.linking.entity.ImportRun;
import io.gemlink.linking.entity.ImportSource;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Entities to the records the API and the screens show. */
public final class Views {

    private Views() {}

    public static ImportSourceView source(ImportSource s, ImportRunView lastRun, int staleIntervals, Instant now) {
        return new ImportSourceView(
                s.getId(),
                s.getFeedUrl(),
                s.isInNetwork() || s.getToken() != null && !s.getToken().isEmpty(),
                s.getEveryMinutes(),
                new PriceRule(s.getMarkupPercent(), s.getRounding()),
                s.getStockBuffer(),
                MissingRule.valueOf(s.getMissingRule()),
                keepList(s.getKeepFields()),
                !s.isInNetwork(),
                s.getVendorPublicId(),
                s.getFeedId(),
                s.getLinkEndedReason(),
                s.getLinkEndedAt(),
                lastRun,
                s.getNextRunAt(),
                s.getLastConfirmedAt(),
                Schedule.isStale(s.getLastConfirmedAt(), s.getCreatedAt(), s.getEveryMinutes(), staleIntervals, now),
                s.getClaimedAt() != null,
                s.isPaused(),
                s.getPausedReason(),
                s.getCreatedAt());
    }

    public static ImportRunView run(ImportRun r, List<RejectedRow> errors) {
        return new ImportRunView(
                r.getId(),
                r.getSourceId(),
                r.getStatus(),
                r.getTrigger(),
                r.getStartedAt(),
                r.getFinishedAt(),
                r.getProgress(),
                r.getRowsRead(),
                r.getCreated(),
                r.getUpdated(),
                r.getUnchanged(),
                r.getRemoved(),
                r.getRejected(),
                errors,
                r.getFailure(),
                r.getNote(),
                r.isNotModified(),
                r.isSuspicious(),
                r.isChangesOnly());
    }

    /**
     * A product still in the feed was confirmed by every complete run since its last change, so its
     * freshness is the later of its own sync and the source's last confirmation.
     */
    public static LinkedProductView product(LinkedProductRow p, Instant sourceConfirmedAt) {
        Instant synced = p.lastSyncedAt();
        if (p.contentHash() != null
                && sourceConfirmedAt != null
                && (synced == null || sourceConfirmedAt.isAfter(synced))) {
            synced = sourceConfirmedAt;
        }
        return new LinkedProductView(
                p.sku(),
                p.title(),
                p.price(),
                p.currency(),
                p.quantity(),
                p.hidden(),
                new LinkedProductView.ProductLink(p.vendorPublicId(), p.vendorSku(), p.sourceId(), synced));
    }

    public static String keepText(List<String> keep) {
        return keep.isEmpty() ? null : "," + String.join(",", keep) + ",";
    }

    public static List<String> keepList(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split(",")).filter(s -> !s.isEmpty()).toList();
    }
}
