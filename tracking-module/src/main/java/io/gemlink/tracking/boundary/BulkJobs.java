package io.gemlink.tracking.boundary;

import io.gemlink.platform.api.NotFoundException;
import io.gemlink.platform.api.Page;
import io.gemlink.platform.api.PageRequest;
import io.gemlink.tracking.api.BulkJobSummary;
import io.gemlink.tracking.api.BulkJobView;
import io.gemlink.tracking.api.RowIssue;
import io.gemlink.tracking.control.BulkReport;
import io.gemlink.tracking.control.ServerStart;
import io.gemlink.tracking.control.TrackingConfig;
import io.gemlink.tracking.entity.BulkJob;
import io.gemlink.tracking.entity.BulkJobIssue;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * Bulk uploads as jobs in the database ({@code bulk_job}): started RUNNING, counted by each batch in
 * its own transaction ({@link BulkChunk}), ended FINISHED or FAILED. A RUNNING job whose server start
 * is over (same instance, another start) or whose heartbeat is older than
 * {@code gemlink.tracking.bulk.stale-seconds} is marked INTERRUPTED, saying after which row: when it is
 * read, at start-up and by {@link BulkJobTimer}. Starting a job prunes the account's old ones.
 */
@Stateless
public class BulkJobs {

    @PersistenceContext
    EntityManager em;

    @Inject
    ServerStart server;

    @Inject
    @ConfigProperties
    TrackingConfig config;

    /** Starts a job, committed at once so that it can be read while it runs; @return its public id */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String start(long accountId, BulkJob.Origin origin, String fileName, Integer totalRows) {
        Instant now = now();
        prune(accountId, now);
        String id = UUID.randomUUID().toString();
        String name = fileName == null || fileName.length() <= 255 ? fileName : fileName.substring(0, 255);
        em.persist(new BulkJob(id, accountId, origin, name, totalRows, server.instance(), server.bootId(), now));
        return id;
    }

    /** Starts a job for a file uploaded on the admin screen ({@code rows}: its non-blank lines after the header). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String startScreenUpload(long accountId, String fileName, int rows) {
        return start(accountId, BulkJob.Origin.SCREEN, fileName, rows);
    }

    /**
     * The job, locked for the batch that is about to count itself in it (call in the batch's transaction).
     * @return empty when it no longer runs (marked interrupted meanwhile): the batch must not write
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Optional<BulkJob> lockRunning(String jobId) {
        return em.createNamedQuery(BulkJob.BY_PUBLIC_ID, BulkJob.class)
                .setParameter("publicId", jobId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .filter(j -> j.getStatus() == BulkJob.Status.RUNNING);
    }

    /** Counts a batch in its job and keeps its issues up to the limit (call in the batch's transaction). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void count(
            BulkJob job,
            int rows,
            int lastRow,
            int applied,
            int unchanged,
            List<RowIssue> rejected,
            List<RowIssue> warnings) {
        keep(job.getId(), BulkJobIssue.REJECTED, job.getRejected(), rejected);
        keep(job.getId(), BulkJobIssue.WARNING, job.getWarnings(), warnings);
        job.count(rows, lastRow, applied, unchanged, rejected.size(), warnings.size(), now());
    }

    /** A row that could not be stored at all (its batch and its own retry failed): rejected, nothing written. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void countUnstored(String jobId, RowIssue issue) {
        lockRunning(jobId).ifPresent(job -> count(job, 1, issue.row(), 0, 0, List.of(issue), List.of()));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finished(String jobId) {
        lockRunning(jobId).ifPresent(job -> job.end(BulkJob.Status.FINISHED, null, now()));
    }

    /** The input stopped the job: {@code reason}, then which rows are stored. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(String jobId, String reason) {
        lockRunning(jobId)
                .ifPresent(job -> job.end(
                        BulkJob.Status.FAILED,
                        BulkReport.stopped(
                                reason, job.getLastRow(), job.getApplied(), job.getUnchanged(), job.getRejected()),
                        now()));
    }

    /** Tells the database that this server's running jobs are alive. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int heartbeat() {
        List<Long> ids = em.createNamedQuery(BulkJob.RUNNING_HERE, Long.class)
                .setParameter("running", BulkJob.Status.RUNNING)
                .setParameter("bootId", server.bootId())
                .getResultList();
        return ids.isEmpty()
                ? 0
                : em.createNamedQuery(BulkJob.HEARTBEAT)
                        .setParameter("now", now())
                        .setParameter("ids", ids)
                        .setParameter("running", BulkJob.Status.RUNNING)
                        .executeUpdate();
    }

    /** RUNNING jobs whose server start is over or whose heartbeat stopped. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Long> ended() {
        return em.createNamedQuery(BulkJob.ENDED, Long.class)
                .setParameter("running", BulkJob.Status.RUNNING)
                .setParameter("staleBefore", now().minusSeconds(config.bulkStaleSeconds))
                .setParameter("owner", server.instance())
                .setParameter("bootId", server.bootId())
                .setMaxResults(500)
                .getResultList();
    }

    /** Marks the job interrupted if it still is RUNNING and over (checked again under the row's lock). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean interrupt(long id) {
        BulkJob job = em.find(BulkJob.class, id, LockModeType.PESSIMISTIC_WRITE);
        return job != null && interruptIfOver(job);
    }

    public BulkJobView get(long accountId, String jobId) {
        BulkJob job = jobId == null || jobId.length() > 36
                ? null
                : em.createNamedQuery(BulkJob.BY_PUBLIC_ID, BulkJob.class)
                        .setParameter("publicId", jobId)
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        if (job == null || job.getAccountId() != accountId) {
            throw new NotFoundException("bulk upload");
        }
        if (job.getStatus() == BulkJob.Status.RUNNING && isOver(job)) {
            em.refresh(job, LockModeType.PESSIMISTIC_WRITE);
            interruptIfOver(job);
        }
        List<RowIssue> rejected = new ArrayList<>();
        List<RowIssue> warnings = new ArrayList<>();
        em.createNamedQuery(BulkJobIssue.BY_JOB, BulkJobIssue.class)
                .setParameter("jobId", job.getId())
                .getResultStream()
                .forEach(i -> (BulkJobIssue.REJECTED.equals(i.getKind()) ? rejected : warnings)
                        .add(new RowIssue(i.getRowNo(), i.getField(), i.getMessage())));
        return new BulkJobView(
                job.getPublicId(),
                job.getOrigin().name(),
                job.getStatus().name(),
                job.getFileName(),
                job.getTotalRows(),
                job.getDoneRows(),
                job.getApplied(),
                job.getUnchanged(),
                job.getRejected(),
                job.getWarnings(),
                job.getFailure(),
                job.getStartedAt(),
                job.getUpdatedAt(),
                job.getFinishedAt(),
                rejected,
                warnings);
    }

    /** The account's uploads, newest first. */
    public Page<BulkJobSummary> list(long accountId, PageRequest paging) {
        List<BulkJob> jobs = em.createNamedQuery(BulkJob.BY_ACCOUNT, BulkJob.class)
                .setParameter("accountId", accountId)
                .setFirstResult(paging.offset())
                .setMaxResults(paging.size())
                .getResultList();
        for (BulkJob job : jobs) {
            if (job.getStatus() == BulkJob.Status.RUNNING && isOver(job)) {
                em.refresh(job, LockModeType.PESSIMISTIC_WRITE);
                interruptIfOver(job);
            }
        }
        long total = em.createNamedQuery(BulkJob.COUNT_BY_ACCOUNT, Long.class)
                .setParameter("accountId", accountId)
                .getSingleResult();
        List<BulkJobSummary> items = jobs.stream()
                .map(j -> new BulkJobSummary(
                        j.getPublicId(),
                        j.getOrigin().name(),
                        j.getStatus().name(),
                        j.getFileName(),
                        j.getTotalRows(),
                        j.getDoneRows(),
                        j.getApplied(),
                        j.getUnchanged(),
                        j.getRejected(),
                        j.getWarnings(),
                        j.getFailure(),
                        j.getStartedAt(),
                        j.getUpdatedAt(),
                        j.getFinishedAt()))
                .toList();
        return new Page<>(items, paging.page(), paging.size(), total);
    }

    private boolean isOver(BulkJob job) {
        boolean earlierStart =
                job.getOwner().equals(server.instance()) && !job.getBootId().equals(server.bootId());
        return earlierStart || job.getUpdatedAt().isBefore(now().minusSeconds(config.bulkStaleSeconds));
    }

    private boolean interruptIfOver(BulkJob job) {
        if (job.getStatus() != BulkJob.Status.RUNNING || !isOver(job)) {
            return false;
        }
        job.end(
                BulkJob.Status.INTERRUPTED,
                BulkReport.interrupted(job.getLastRow(), job.getApplied(), job.getUnchanged(), job.getRejected()),
                now());
        return true;
    }

    private void keep(long jobId, String kind, int keptBefore, List<RowIssue> issues) {
        int room = Math.max(0, config.bulkKeptIssues - keptBefore);
        for (RowIssue issue : issues.subList(0, Math.min(room, issues.size()))) {
            em.persist(new BulkJobIssue(jobId, kind, issue.row(), issue.field(), issue.message()));
        }
    }

    /** Ended jobs of the account older than keep-days, or beyond the newest keep-per-account. */
    private void prune(long accountId, Instant now) {
        List<Long> ids = new ArrayList<>(em.createNamedQuery(BulkJob.OLD, Long.class)
                .setParameter("accountId", accountId)
                .setParameter("running", BulkJob.Status.RUNNING)
                .setParameter("before", now.minus(Duration.ofDays(config.bulkKeepDays)))
                .setMaxResults(1000)
                .getResultList());
        ids.addAll(em.createNamedQuery(BulkJob.IDS_BY_ACCOUNT, Long.class)
                .setParameter("accountId", accountId)
                .setParameter("running", BulkJob.Status.RUNNING)
                .setFirstResult(Math.max(0, config.bulkKeepPerAccount - 1))
                .setMaxResults(1000)
                .getResultList());
        if (!ids.isEmpty()) {
            em.createNamedQuery(BulkJobIssue.DELETE_BY_JOBS)
                    .setParameter("ids", ids)
                    .executeUpdate();
            em.createNamedQuery(BulkJob.DELETE).setParameter("ids", ids).executeUpdate();
        }
    }

    private static Instant now() {
        // the column keeps microseconds: compare and store at the same precision
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
