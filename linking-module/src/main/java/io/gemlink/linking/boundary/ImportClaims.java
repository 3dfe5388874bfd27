package io.gemlink.linking.boundary;

import io.gemlink.linking.control.LinkingConfig;
import io.gemlink.linking.control.Schedule;
import io.gemlink.linking.entity.ImportRun;
import io.gemlink.linking.entity.ImportSource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * Who may run a source now. A run claims its source with one atomic
 * {@code UPDATE import_source SET claimed_at = now WHERE id = ? AND claimed_at IS NULL}: of two
 * servers (or a timer and a "Run now") only one changes the row, so two runs of a source never
 * overlap. The claim names its run ({@code claim_run_id}); the run refreshes it while it works (every
 * third of {@code gemlink.linking.claim-expiry-minutes}) and releases it at its end, both only while it
 * still holds it. A claim older than the expiry is a run that died with its server; the next claim
 * takes it over and records that run as interrupted.
 * Each method commits on its own: a claim must be visible to others before the run starts.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportClaims {

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperties
    LinkingConfig config;

    /**
     * Claims a due source for a run of the timer: recorded as {@code VENDOR_CHANGE} when a vendor's change
     * made the source due ({@link #dueNowForVendor}), else as {@code SCHEDULE}.
     *
     * @return the new run's id, or empty when another run holds the source or it is no longer due (another
     *     instance's timer ran it in this slot)
     */
    public Optional<Long> claimDue(long sourceId) {
        return claim(sourceId, null);
    }

    /**
     * @param trigger what the run is recorded as; null: as the source is due ({@link #claimDue})
     * @return the new run's id, or empty when another run holds the source
     */
    public Optional<Long> claim(long sourceId, String trigger) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        var claim = em.createNamedQuery(trigger == null ? ImportSource.CLAIM_DUE : ImportSource.CLAIM)
                .setParameter(1, ImportSource.utc(now))
                .setParameter(2, sourceId)
                .setParameter(3, ImportSource.utc(now.minus(Duration.ofMinutes(config.claimExpiryMinutes))));
        if (trigger == null) {
            claim.setParameter(4, ImportSource.utc(now));
        }
        int claimed = claim.executeUpdate();
        if (claimed == 0) {
            return Optional.empty();
        }
        em.createNamedQuery(ImportRun.RUNNING_BY_SOURCE, ImportRun.class)
                .setParameter("sourceId", sourceId)
                .getResultList()
                .forEach(r -> r.fail(now, "interrupted: the server running it stopped"));
        ImportSource source = em.find(ImportSource.class, sourceId);
        // read under the claim's row lock: a vendor change that comes now waits for this commit and makes
        // the source due again (with its own trigger) for the run after this one
        String recorded = trigger != null
                ? trigger
                : source.getDueTrigger() != null ? source.getDueTrigger() : ImportRun.SCHEDULE;
        source.setDueTrigger(null); // this run fetches what the change brought, whatever started it
        ImportRun run = new ImportRun(sourceId, source.getAccountId(), recorded, now);
        em.persist(run);
        em.flush();
        em.createNamedQuery(ImportSource.HOLD)
                .setParameter(1, run.getId())
                .setParameter(2, sourceId)
                .executeUpdate();
        source.setLastRunId(run.getId());
        source.setNextRunAt(Schedule.nextAfter(now, source.getEveryMinutes()));
        source.setPausedReason(null);
        return Optional.of(run.getId());
    }

    /** @return false when the run no longer holds its source (its claim expired and another run took it) */
    public boolean refresh(long sourceId, long runId) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return em.createNamedQuery(ImportSource.REFRESH)
                        .setParameter(1, ImportSource.utc(now))
                        .setParameter(2, sourceId)
                        .setParameter(3, runId)
                        .executeUpdate()
                == 1;
    }

    /** Frees the source, if this run still holds it. */
    public void release(long sourceId, long runId) {
        em.createNamedQuery(ImportSource.RELEASE)
                .setParameter(1, sourceId)
                .setParameter(2, runId)
                .executeUpdate();
    }

    /** How often a running run refreshes its claim: three times within the expiry. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Duration refreshEvery() {
        return Duration.ofMinutes(config.claimExpiryMinutes).dividedBy(3);
    }

    /** Sources whose next run time has passed and that no live run holds. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Long> due(Instant now, int max) {
        List<?> ids = em.createNamedQuery(ImportSource.DUE)
                .setParameter(1, ImportSource.utc(now))
                .setParameter(2, ImportSource.utc(now.minus(Duration.ofMinutes(config.claimExpiryMinutes))))
                .setMaxResults(max)
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** A scheduled run skipped (e.g. dropshipping off): say why, and look again one interval later. */
    public void skip(long sourceId, String reason) {
        ImportSource source = em.find(ImportSource.class, sourceId);
        if (source != null) {
            Instant now = Instant.now();
            source.setPausedReason(reason);
            source.setNextRunAt(Schedule.nextAfter(now, source.getEveryMinutes()));
            source.setDueTrigger(null); // the next run is the schedule's
        }
    }

    /** These sources are due now (a grant was issued, a switch turned back on). */
    public int dueNow(List<Long> sourceIds) {
        Instant now = Instant.now();
        int changed = 0;
        for (long id : sourceIds) {
            ImportSource source = em.find(ImportSource.class, id);
            if (source != null && source.getNextRunAt().isAfter(now)) {
                source.setNextRunAt(now);
                changed++;
            }
        }
        return changed;
    }

    /**
     * A vendor's products changed: every source fetching that vendor's feeds that is not due yet is due
     * now, its next run recorded as {@code VENDOR_CHANGE}. (A source already due keeps its trigger.)
     */
    public int dueNowForVendor(long vendorAccountId) {
        Instant now = Instant.now();
        return em.createNamedQuery(ImportSource.DUE_NOW_FOR_VENDOR)
                .setParameter(1, ImportSource.utc(now))
                .setParameter(2, vendorAccountId)
                .setParameter(3, ImportSource.utc(now))
                .executeUpdate();
    }

    /**
     * Makes this source due now (recorded as {@code VENDOR_CHANGE}) unless it is paused or due already: one of
     * its products left its feed with a stock change, or a run that may have read the feed before the change
     * is under way.
     */
    public int dueNow(long sourceId) {
        Instant now = Instant.now();
        return em.createNativeQuery("UPDATE import_source SET next_run_at = ?, due_trigger = 'VENDOR_CHANGE'"
                        + " WHERE id = ? AND next_run_at > ? AND paused = 0")
                .setParameter(1, ImportSource.utc(now))
                .setParameter(2, sourceId)
                .setParameter(3, ImportSource.utc(now))
                .executeUpdate();
    }
}
