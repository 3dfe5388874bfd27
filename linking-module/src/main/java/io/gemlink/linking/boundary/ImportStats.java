package io.gemlink.linking.boundary;

import io.gemlink.linking.control.LinkingConfig;
import io.gemlink.linking.control.Schedule;
import io.gemlink.linking.entity.ImportRun;
import io.gemlink.linking.entity.ImportSource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * The numbers of the distributor's dashboard about its imports, counted by the database (GROUP BY), never by
 * loading runs: runs per day with their outcome and duration, and each source's freshness. Every query names the
 * account.
 */
@Stateless
public class ImportStats {

    // UTC days; TIMESTAMPDIFF is the same on H2 and MariaDB. A run still in progress has no duration yet.
    static final String PER_DAY = "SELECT CAST(started_at AS DATE), status, COUNT(*),"
            + " AVG(TIMESTAMPDIFF(MICROSECOND, started_at, finished_at)),"
            + " MAX(TIMESTAMPDIFF(MICROSECOND, started_at, finished_at))"
            + " FROM import_run WHERE account_id = ? AND started_at >= ?"
            + " GROUP BY CAST(started_at AS DATE), status";

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperties
    LinkingConfig config;

    /** One UTC day's runs of one status: how many, their mean and longest duration in milliseconds. */
    public record DayRuns(LocalDate day, String status, long runs, long averageMillis, long longestMillis) {}

    /**
     * One source's freshness: when its vendor last confirmed the whole feed, whether that is too long ago (stale,
     * as on the sources page), its last run, and its runs and failed runs since the dashboard's start.
     */
    public record Freshness(
            long sourceId,
            String feedUrl,
            String vendorPublicId,
            Instant lastConfirmedAt,
            boolean stale,
            String lastRunStatus,
            long runs,
            long failed) {}

    public long sources(long accountId) {
        return em.createNamedQuery(ImportSource.COUNT_BY_ACCOUNT, Long.class)
                .setParameter("accountId", accountId)
                .getSingleResult();
    }

    /** Runs of the account's sources that succeeded, ever. */
    public long succeededRuns(long accountId) {
        return em.createQuery(
                        "SELECT COUNT(r) FROM ImportRun r WHERE r.accountId = :accountId AND r.status = :status",
                        Long.class)
                .setParameter("accountId", accountId)
                .setParameter("status", ImportRun.SUCCEEDED)
                .getSingleResult();
    }

    /** Runs per UTC day and status, started from {@code since} on; days without runs are left out. */
    public List<DayRuns> perDay(long accountId, Instant since) {
        List<?> rows = em.createNativeQuery(PER_DAY)
                .setParameter(1, accountId)
                .setParameter(2, Timestamp.valueOf(LocalDateTime.ofInstant(since, ZoneOffset.UTC)))
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r ->
                        new DayRuns(day(r[0]), (String) r[1], ((Number) r[2]).longValue(), millis(r[3]), millis(r[4])))
                .toList();
    }

    /** Each of the account's sources, newest first, with its runs and failed runs started from {@code since} on. */
    public List<Freshness> freshness(long accountId, Instant since, Instant now) {
        Map<Long, long[]> counts = new HashMap<>();
        em.createQuery(
                        "SELECT r.sourceId, r.status, COUNT(r) FROM ImportRun r WHERE r.accountId = :accountId"
                                + " AND r.startedAt >= :since GROUP BY r.sourceId, r.status",
                        Object[].class)
                .setParameter("accountId", accountId)
                .setParameter("since", since)
                .getResultList()
                .forEach(r -> {
                    long[] c = counts.computeIfAbsent((Long) r[0], k -> new long[2]);
                    long n = ((Number) r[2]).longValue();
                    c[0] += n;
                    if (ImportRun.FAILED.equals(r[1])) {
                        c[1] += n;
                    }
                });
        return em
                .createQuery(
                        "SELECT s.id, s.feedUrl, s.vendorPublicId, s.lastConfirmedAt, s.createdAt, s.everyMinutes,"
                                + " r.status FROM ImportSource s LEFT JOIN ImportRun r ON r.id = s.lastRunId"
                                + " WHERE s.accountId = :accountId ORDER BY s.id DESC",
                        Object[].class)
                .setParameter("accountId", accountId)
                .getResultList()
                .stream()
                .map(r -> {
                    long id = (Long) r[0];
                    long[] c = counts.getOrDefault(id, new long[2]);
                    boolean stale = Schedule.isStale(
                            (Instant) r[3], (Instant) r[4], (Integer) r[5], config.staleIntervals, now);
                    return new Freshness(
                            id, (String) r[1], (String) r[2], (Instant) r[3], stale, (String) r[6], c[0], c[1]);
                })
                .toList();
    }

    private static long millis(Object micros) {
        return micros == null ? 0 : Math.round(((Number) micros).doubleValue() / 1000);
    }

    private static LocalDate day(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(value.toString().substring(0, 10));
    }
}
