package io.gemlink.linking.boundary;

import io.gemlink.linking.api.MissingRule;
import io.gemlink.linking.api.RejectedRow;
import io.gemlink.linking.control.FeedDownload;
import io.gemlink.linking.control.LinkingConfig;
import io.gemlink.linking.control.Pricing;
import io.gemlink.linking.control.RunPlan;
import io.gemlink.linking.control.Views;
import io.gemlink.linking.entity.ImportRejection;
import io.gemlink.linking.entity.ImportRun;
import io.gemlink.linking.entity.ImportSource;
import io.gemlink.pricing.api.Markup;
import io.gemlink.pricing.api.Rounding;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * Records a run's life: its plan, progress, rejected rows, and how it ended. Each call commits on its
 * own, so that a user watching the run sees it move and a failure is recorded whatever happened before.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RunRecorder {

    @PersistenceContext
    EntityManager em;

    @EJB
    SourceLinks links;

    /** A changes-only source still fetches its whole feed this often: the missing-products rule sees the whole feed. */
    @Inject
    @ConfigProperties
    LinkingConfig config;

    /**
     * The run's plan: changes only ({@code since} = the last applied answer's generatedAt) when the
     * source has such a point and took the whole feed less than {@code full-run-hours} ago.
     */
    public RunPlan plan(long runId) {
        ImportRun run = em.find(ImportRun.class, runId);
        ImportSource s = em.find(ImportSource.class, run.getSourceId());
        if (!s.isInNetwork() && s.getToken() != null) {
            links.bind(s, s.getToken()); // "created or run": the token is looked up among the grants again
        }
        Pricing pricing =
                new Pricing(new Markup(s.getMarkupPercent(), Rounding.valueOf(s.getRounding())), s.getStockBuffer());
        boolean changesOnly = s.getChangesSince() != null
                && s.getLastFullAt() != null
                && s.getLastFullAt().isAfter(Instant.now().minus(Duration.ofHours(config.fullRunHours)));
        run.setChangesOnly(changesOnly);
        return new RunPlan(
                runId,
                s.getId(),
                s.getAccountId(),
                s.getFeedUrl(),
                s.getToken(),
                s.getEtag(),
                pricing,
                MissingRule.valueOf(s.getMissingRule()),
                new HashSet<>(Views.keepList(s.getKeepFields())),
                s.getLastGoodCount(),
                s.getFeedId(),
                s.getVendorPublicId(),
                s.getVendorAccountId(),
                changesOnly ? s.getChangesSince() : null);
    }

    public void progress(long runId, int progress) {
        em.find(ImportRun.class, runId).setProgress(progress);
    }

    public void rejected(long runId, List<RejectedRow> sample, int count) {
        ImportRun run = em.find(ImportRun.class, runId);
        run.setRejected(run.getRejected() + count);
        sample.forEach(e -> em.persist(new ImportRejection(runId, e.row(), e.message())));
    }

    /**
     * A complete run. Unless suspicious, the vendor has confirmed the whole feed (or, changes only, every
     * change since the last run): remember where the next changes-only run starts, and that everything
     * still in the feed is fresh now; a whole-feed run also leaves its ETag and row count. A suspicious
     * run makes the next one take the whole feed again.
     */
    public void succeeded(
            RunPlan plan, FeedDownload download, int rowsRead, int validRows, boolean suspicious, String note) {
        Instant now = Instant.now();
        ImportRun run = em.find(ImportRun.class, plan.runId());
        run.count(rowsRead, 0, 0, 0, 0, 0);
        run.setSuspicious(suspicious);
        run.succeed(now, note);
        ImportSource s = em.find(ImportSource.class, plan.sourceId());
        if (suspicious) {
            s.setChangesSince(null);
            return;
        }
        s.setChangesSince(download.generatedAt());
        s.setLastConfirmedAt(now);
        if (!plan.changesOnly()) {
            s.setEtag(download.etag());
            s.setLastGoodCount(validRows);
            s.setLastFullAt(now);
        }
    }

    /** 304: the feed has not changed since the last good run; nothing to write, everything confirmed. */
    public void notModified(RunPlan plan) {
        Instant now = Instant.now();
        ImportRun run = em.find(ImportRun.class, plan.runId());
        run.setNotModified(true);
        run.succeed(now, "feed unchanged since the last run (HTTP 304): nothing to do");
        ImportSource s = em.find(ImportSource.class, plan.sourceId());
        s.setLastConfirmedAt(now);
        if (s.getChangesSince() != null) {
            s.setLastFullAt(now); // the whole feed is as the last applied answer left it
        }
    }

    public void failed(long runId, String failure) {
        em.find(ImportRun.class, runId).fail(Instant.now(), failure);
    }
}
