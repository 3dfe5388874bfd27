package io.gemlink.linking.boundary;

import io.gemlink.feeds.api.FeedFormat;
import io.gemlink.feeds.api.GrantedFeeds;
import io.gemlink.linking.control.FeedClient;
import io.gemlink.linking.control.FeedDownload;
import io.gemlink.linking.control.FeedException;
import io.gemlink.linking.control.FeedIntake;
import io.gemlink.linking.control.FeedLimits;
import io.gemlink.linking.control.FeedScan;
import io.gemlink.linking.control.LinkingConfig;
import io.gemlink.linking.control.RowMapper;
import io.gemlink.linking.control.RunPlan;
import io.gemlink.platform.outbound.AddressRules;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * Runs one claimed import: check the source's link (in-network only), fetch (spooled to a temp file; an
 * in-network feed is read through its grant, an external one over HTTP) while validating the whole feed as it
 * arrives ({@link FeedIntake}), then apply it in batches and handle products that left the feed. Anything wrong
 * with the feed as a whole — HTTP error, timeout, unparsable body, a row count other than {@code X-Feed-Rows} — is
 * found before the first write, so such a run is FAILED and has changed nothing. An external feed is fetched only from
 * addresses that are allowed (docs/outbound.md), within a deadline and a byte cap ({@link FeedLimits}). Products
 * missing from a feed are only handled after a complete feed that is not suspiciously small.
 * After a complete run a source fetches only the changes ({@code since}, see {@link RunRecorder#plan}):
 * then the removed rows of the answer are the products that left the feed.
 * A run keeps its claim on the source fresh while it works ({@link ClaimKeeper}) and releases only its own.
 * No transaction of its own: each step commits on its own (see {@link ImportWriter}, {@link RunRecorder}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());

    @EJB
    RunRecorder recorder;

    @EJB
    ImportWriter writer;

    @EJB
    ImportClaims claims;

    @EJB
    ImportTimer timer;

    @EJB
    SourceLinks links;

    @EJB
    GrantedFeeds grantedFeeds;

    @Resource
    ManagedScheduledExecutorService scheduler;

    /** Validates a feed while it downloads; writes a batch while this thread reads and maps the next one. */
    @Resource
    ManagedExecutorService writers;

    @Inject
    @ConfigProperties
    LinkingConfig config;

    private AddressRules addressRules;

    @PostConstruct
    void init() {
        addressRules = AddressRules.fromConfig();
    }

    /**
     * Runs a run that {@link ImportClaims#claim} created, keeping its claim fresh, and releases the claim at
     * the end.
     */
    @Asynchronous
    public void execute(long runId) {
        RunPlan plan = recorder.plan(runId);
        try (ClaimKeeper claim = new ClaimKeeper(claims, plan.sourceId(), runId, scheduler)) {
            run(plan, claim);
        } catch (FeedException | ClaimKeeper.Lost e) {
            recorder.failed(runId, e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "import run " + runId + " failed", e);
            recorder.failed(runId, "internal error: " + e);
        } catch (Error e) {
            recorder.failed(runId, "internal error: " + e); // never leave a run RUNNING for ever
            throw e;
        } finally {
            claims.release(plan.sourceId(), runId);
            timer.kick(); // a vendor change that came during this run made the source due again
        }
    }

    private void run(RunPlan plan, ClaimKeeper claim) throws FeedException {
        Path body = null;
        RowMapper mapper = new RowMapper(plan.pricing(), config.defaultCurrency);
        // validated on a managed thread while it arrives: the intake is closed (its reading ended) before the
        // finally deletes the spooled body
        try (FeedIntake intake = new FeedIntake(writers, mapper.checking(), config.sampleLimit)) {
            if (plan.inNetwork()) {
                SourceLinks.Check link = links.enforce(plan.sourceId());
                if (!link.live()) {
                    throw new FeedException("the link to the vendor has ended: " + link.endedReason()
                            + "; the products of this source were set to quantity 0");
                }
            }
            FeedDownload download = plan.inNetwork()
                    ? GrantedDownload.read(grantedFeeds, plan, intake)
                    : new FeedClient(addressRules, limits())
                            .fetch(plan.feedUrl(), plan.token(), plan.etag(), plan.changesSince(), intake::open);
            body = download.body();
            claim.ensureHeld();
            if (download.notModified()) {
                recorder.notModified(plan);
                return;
            }
            recorder.progress(plan.runId(), 5);
            importFeed(plan, download, intake.checked(), mapper, claim);
        } finally {
            FeedClient.deleteQuietly(body);
        }
    }

    private FeedLimits limits() {
        return new FeedLimits(
                Duration.ofSeconds(config.connectTimeoutSeconds),
                Duration.ofSeconds(config.readTimeoutSeconds),
                Duration.ofSeconds(config.downloadDeadlineSeconds),
                config.maxFeedBytes);
    }

    private void importFeed(
            RunPlan plan, FeedDownload download, FeedIntake.Checked checked, RowMapper mapper, ClaimKeeper claim)
            throws FeedException {
        FeedFormat format = checked.format();
        FeedScan.Result check = checked.result();
        if (download.declaredRows() != null && download.declaredRows() != check.rows()) {
            throw new FeedException("feed is truncated: X-Feed-Rows says " + download.declaredRows()
                    + " rows, the body has " + check.rows() + "; nothing was changed");
        }
        RunPlan run = plan; // the vendor is the grant's, never what the feed says (X-Feed-Vendor, "vendor")
        recorder.rejected(run.runId(), check.sample(), check.rejected());
        recorder.progress(run.runId(), 10);

        boolean hadProducts = writer.hasProducts(run);
        ImportBatches batches =
                new ImportBatches(writer, writers, config.batchSize, run, check.valid(), hadProducts, claim);
        try {
            FeedScan.scanAgain(download.body(), format, mapper, check, batches::add);
            batches.flush();
        } finally {
            batches.awaitWritten();
        }

        claim.ensureHeld();
        boolean suspicious = !run.changesOnly()
                && run.lastGoodCount() != null
                && check.valid() < config.suspiciousFraction * run.lastGoodCount();
        String note = null;
        if (run.changesOnly()) {
            // what left the feed since the last run comes as removed rows: the rule handles those
            applyMissing(run, writer.linked(run, check.removedSkus()));
        } else if (suspicious) {
            note = "suspicious feed: " + check.valid() + " valid products, the last good run had " + run.lastGoodCount()
                    + "; products missing from it were left as they are";
        } else if (hadProducts) { // a source with no products when the run began has none missing from its feed
            applyMissing(run, writer.missing(run, check.vendorSkus()));
        }
        claim.ensureHeld();
        recorder.succeeded(run, download, check.rows(), check.valid(), suspicious, note);
    }

    /** The missing-products rule on these linked products, a batch a transaction, progress 95 to 99. */
    private void applyMissing(RunPlan run, List<Long> productIds) {
        for (int i = 0; i < productIds.size(); i += config.batchSize) {
            int end = Math.min(productIds.size(), i + config.batchSize);
            writer.applyMissing(run, productIds.subList(i, end), 95 + 4 * end / productIds.size());
        }
    }
}
