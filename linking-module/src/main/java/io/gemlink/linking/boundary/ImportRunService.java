package io.gemlink.linking.boundary;

import io.gemlink.catalog.api.LinkedProducts;
import io.gemlink.linking.api.ImportRunView;
import io.gemlink.linking.api.LinkedProductView;
import io.gemlink.linking.api.RejectedRow;
import io.gemlink.linking.control.Views;
import io.gemlink.linking.entity.ImportRejection;
import io.gemlink.linking.entity.ImportRun;
import io.gemlink.linking.entity.ImportSource;
import io.gemlink.platform.api.ConflictException;
import io.gemlink.platform.api.NotFoundException;
import io.gemlink.platform.api.Page;
import io.gemlink.platform.api.PageRequest;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** "Run now", a source's run history with the rejected rows, and the linked products it brought. */
@Stateless
public class ImportRunService {

    @PersistenceContext
    EntityManager em;

    @EJB
    ImportSourceService sources;

    @EJB
    ImportClaims claims;

    @EJB
    ImportRunner runner;

    @EJB
    LinkedProducts products;

    /**
     * Starts a run at once (also while dropshipping is off: the user asked for it). While a run of the
     * source is already in progress, that run is the answer: the source is being imported now.
     */
    public ImportRunView runNow(long accountId, long sourceId) {
        ImportSource source = sources.owned(accountId, sourceId);
        Optional<Long> claimed = claims.claim(sourceId, ImportRun.MANUAL);
        // a run that has just recorded its end holds the claim a moment longer: try again briefly
        for (int attempt = 0; claimed.isEmpty() && attempt < 10; attempt++) {
            em.refresh(source); // the run that holds it may have started after we read the source
            ImportRun running = source.getLastRunId() == null ? null : em.find(ImportRun.class, source.getLastRunId());
            if (running != null) {
                em.refresh(running);
                if (ImportRun.RUNNING.equals(running.getStatus())) {
                    return Views.run(running, List.of());
                }
            }
            pause();
            claimed = claims.claim(sourceId, ImportRun.MANUAL);
        }
        if (claimed.isEmpty()) {
            throw new ConflictException("id", "a run of this import source is in progress");
        }
        runner.execute(claimed.get());
        return Views.run(em.find(ImportRun.class, claimed.get()), List.of());
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public Page<ImportRunView> runs(long accountId, long sourceId, PageRequest paging) {
        sources.owned(accountId, sourceId);
        List<ImportRunView> items = em
                .createNamedQuery(ImportRun.BY_SOURCE, ImportRun.class)
                .setParameter("sourceId", sourceId)
                .setFirstResult(paging.offset())
                .setMaxResults(paging.size())
                .getResultList()
                .stream()
                .map(r -> Views.run(r, List.of()))
                .toList();
        long total = em.createNamedQuery(ImportRun.COUNT_BY_SOURCE, Long.class)
                .setParameter("sourceId", sourceId)
                .getSingleResult();
        return new Page<>(items, paging.page(), paging.size(), total);
    }

    /** The JPQL path of each sort key the run history offers: a whitelist, never the user's text. */
    static final Map<String, String> RUN_SORTS = Map.of(
            "startedAt", "r.id",
            "status", "r.status",
            "trigger", "r.trigger",
            "rowsRead", "r.rowsRead",
            "rejected", "r.rejected");

    /**
     * A page of a source's run history, optionally of one status, sorted by a key of {@link #RUN_SORTS} (else
     * newest first), paged in the database, with the filtered total.
     */
    public Page<ImportRunView> runs(
            long accountId, long sourceId, String status, String sort, boolean ascending, PageRequest paging) {
        sources.owned(accountId, sourceId);
        boolean byStatus = status != null && !status.isBlank();
        String where = " WHERE r.sourceId = :sourceId" + (byStatus ? " AND r.status = :status" : "");
        boolean known = sort != null && RUN_SORTS.containsKey(sort); // Map.of refuses a null key
        String path = known ? RUN_SORTS.get(sort) : "r.id";
        String direction = known && ascending ? " ASC" : " DESC";
        String order = " ORDER BY " + path + direction + (path.equals("r.id") ? "" : ", r.id DESC");
        var items = em.createQuery("SELECT r FROM ImportRun r" + where + order, ImportRun.class);
        var count = em.createQuery("SELECT COUNT(r) FROM ImportRun r" + where, Long.class);
        items.setParameter("sourceId", sourceId);
        count.setParameter("sourceId", sourceId);
        if (byStatus) {
            items.setParameter("status", status.strip().toUpperCase(java.util.Locale.ROOT));
            count.setParameter("status", status.strip().toUpperCase(java.util.Locale.ROOT));
        }
        List<ImportRunView> views =
                items.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList().stream()
                        .map(r -> Views.run(r, List.of()))
                        .toList();
        return new Page<>(views, paging.page(), paging.size(), count.getSingleResult());
    }

    /** One run with its sample of rejected rows. */
    public ImportRunView run(long accountId, long sourceId, long runId) {
        sources.owned(accountId, sourceId);
        ImportRun run = em.find(ImportRun.class, runId);
        if (run == null || run.getSourceId() != sourceId) {
            throw new NotFoundException("import run");
        }
        List<RejectedRow> errors = em
                .createNamedQuery(ImportRejection.BY_RUN, ImportRejection.class)
                .setParameter("runId", runId)
                .getResultList()
                .stream()
                .map(r -> new RejectedRow(r.getRowNo(), r.getMessage()))
                .toList();
        return Views.run(run, errors);
    }

    public Page<LinkedProductView> products(long accountId, long sourceId, PageRequest paging) {
        ImportSource source = sources.owned(accountId, sourceId);
        List<LinkedProductView> items =
                products.pageOfSource(accountId, sourceId, paging.offset(), paging.size()).stream()
                        .map(p -> Views.product(p, source.getLastConfirmedAt()))
                        .toList();
        long total = products.countOfSource(accountId, sourceId);
        return new Page<>(items, paging.page(), paging.size(), total);
    }

    /** All the account's linked products, from every source, by SKU. */
    public Page<LinkedProductView> linkedProducts(long accountId, PageRequest paging) {
        Map<Long, Instant> confirmed = new HashMap<>();
        em.createNamedQuery(ImportSource.BY_ACCOUNT, ImportSource.class)
                .setParameter("accountId", accountId)
                .getResultList()
                .forEach(s -> confirmed.put(s.getId(), s.getLastConfirmedAt()));
        List<LinkedProductView> items = products.pageOfAccount(accountId, paging.offset(), paging.size()).stream()
                .map(p -> Views.product(p, confirmed.get(p.sourceId())))
                .toList();
        long total = products.countOfAccount(accountId);
        return new Page<>(items, paging.page(), paging.size(), total);
    }

    /**
     * A page of the account's linked products, from every source, searched (SKU, title, vendor SKU) and sorted in
     * the database by a key of {@link LinkedProducts#SORTS} (else by SKU), with the searched total.
     */
    public Page<LinkedProductView> linkedProducts(
            long accountId, String q, String sort, boolean ascending, PageRequest paging) {
        Map<Long, Instant> confirmed = new HashMap<>();
        em.createNamedQuery(ImportSource.BY_ACCOUNT, ImportSource.class)
                .setParameter("accountId", accountId)
                .getResultList()
                .forEach(s -> confirmed.put(s.getId(), s.getLastConfirmedAt()));
        List<LinkedProductView> items =
                products.searchOfAccount(accountId, q, sort, ascending, paging.offset(), paging.size()).stream()
                        .map(p -> Views.product(p, confirmed.get(p.sourceId())))
                        .toList();
        return new Page<>(items, paging.page(), paging.size(), products.countOfAccount(accountId, q));
    }
}
