package io.gemlink.linking.boundary;

import io.gemlink.catalog.api.LinkedStock;
import io.gemlink.catalog.api.LinkedStock.StockSource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Brings a vendor's stock change to the linked products of its live in-network sources, in one transaction
 * and without an import run: the sources and their buffers from here, the products written by the catalog
 * ({@link LinkedStock}). A paused source, or one whose link ended, is left alone, as a run would leave it.
 * Follow-ups of one vendor take turns on its sources' rows, across the instances of a cluster too.
 */
@Stateless
public class LinkedStockFollower {

    static final String LIVE_SOURCES = "SELECT s.id, s.feedId, s.stockBuffer, s.claimedAt FROM ImportSource s"
            + " WHERE s.vendorAccountId = :vendor AND s.feedId IS NOT NULL AND s.linkEndedReason IS NULL"
            + " AND s.paused = false";

    /**
     * Takes the vendor's sources' rows, before anything is read: follow-ups of one vendor, on this server or
     * another instance of a cluster, then run one after the other, and each reads the vendor's stock after the
     * one before committed. Without it two instances' follow-ups could cross: the one that read first writing
     * last, leaving linked products one change behind. (A locking read opens no snapshot: the reads after it, in
     * MariaDB's repeatable-read transactions too, see what was committed before the lock was granted.) Orders do
     * not wait for it: they read these rows without a lock.
     */
    static final String LOCK_VENDOR_SOURCES =
            "SELECT id FROM import_source WHERE vendor_account_id = ? ORDER BY id FOR UPDATE";

    @PersistenceContext
    EntityManager em;

    @EJB
    LinkedStock stock;

    /**
     * What a follow-up left to do.
     *
     * @param due the sources that need a run: a product left an in-stock-only feed (the missing-products rule is
     *     the run's)
     * @param busy whether a run of one of the sources is under way: it may have read the feed before this change
     *     and write the old quantity after it, so the change must be followed again once the run is over
     */
    public record Followed(Set<Long> due, boolean busy) {}

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Followed follow(long vendorAccountId, Collection<String> vendorSkus) {
        em.createNativeQuery(LOCK_VENDOR_SOURCES)
                .setParameter(1, vendorAccountId)
                .getResultList();
        List<Object[]> rows = em.createQuery(LIVE_SOURCES, Object[].class)
                .setParameter("vendor", vendorAccountId)
                .getResultList();
        List<StockSource> sources = rows.stream()
                .map(r -> new StockSource((Long) r[0], (Long) r[1], (Integer) r[2]))
                .toList();
        Set<Long> due =
                stock.follow(vendorAccountId, vendorSkus, sources, Instant.now().truncatedTo(ChronoUnit.MICROS));
        return new Followed(due, rows.stream().anyMatch(r -> r[3] != null));
    }
}
