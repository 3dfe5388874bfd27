package io.gemlink.catalog.boundary;

import io.gemlink.catalog.api.LinkedStock;
import io.gemlink.catalog.control.ProductLookups;
import io.gemlink.feeds.api.FeedFilter;
import io.gemlink.feeds.boundary.FeedService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Brings a vendor's stock to the distributors' linked products ({@link LinkedStock}) in three statements
 * whatever the number of distributors: the vendor's products read (without a lock: an order reserving one
 * must not wait for this), their live linked
 * products read by the {@code (link_vendor_account_id, link_vendor_sku)} index, and one JDBC batch of
 * updates by id. Not one {@code UPDATE … SELECT} over {@code product}: MySQL refuses a subquery on the table
 * it updates (error 1093), and H2 has no {@code UPDATE … JOIN}. The look-ups are {@link ProductLookups}'s: one
 * {@code IN} query on MySQL, point queries on H2 (whose {@code IN} with parameters scans).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class LinkedStockWriter implements LinkedStock {

    /** The change stamps as a run's write sets them: the distributor's own feeds and its freshness see it. */
    static final String SET_QUANTITY = "UPDATE product SET quantity = ?, updated_at = ?, link_last_synced_at = ?,"
            + " version = version + 1 WHERE id = ? AND link_content_hash IS NOT NULL";

    @PersistenceContext
    EntityManager em;

    @EJB
    FeedService feeds;

    @Override
    public Set<Long> follow(
            long vendorAccountId, Collection<String> vendorSkus, List<StockSource> sources, Instant now) {
        if (vendorSkus.isEmpty() || sources.isEmpty()) {
            return Set.of();
        }
        Map<Long, StockSource> bySource = new HashMap<>();
        Map<Long, Boolean> inStockOnly = new HashMap<>();
        Map<Long, Optional<Boolean>> feedInStockOnly = new HashMap<>(); // many sources share a feed: read it once
        for (StockSource s : sources) {
            feedInStockOnly
                    .computeIfAbsent(
                            s.feedId(),
                            id -> feeds.deliverable(id)
                                    .filter(f ->
                                            f.accountId() == vendorAccountId) // another vendor's feed: not this one's
                                    .map(f -> {
                                        FeedFilter filter = f.definition().filter();
                                        return filter != null && Boolean.TRUE.equals(filter.inStockOnly());
                                    }))
                    .ifPresent(only -> {
                        bySource.put(s.sourceId(), s);
                        inStockOnly.put(s.sourceId(), only);
                    });
        }
        if (bySource.isEmpty()) {
            return Set.of();
        }
        Connection c = em.unwrap(Connection.class);
        try {
            ProductLookups lookups = new ProductLookups(c);
            List<String> skus = List.copyOf(vendorSkus);
            // the quantity the feed shows (never below 0), of each visible vendor product
            Map<String, Integer> shown = lookups.shownQuantities(vendorAccountId, skus);
            Set<Long> left = new HashSet<>();
            List<long[]> writes = new ArrayList<>(); // {id, quantity}
            for (ProductLookups.LinkedStock linked : lookups.linkedToVendor(vendorAccountId, skus)) {
                StockSource source = bySource.get(linked.sourceId());
                Integer vendorQuantity = shown.get(key(linked.vendorSku()));
                if (source == null || vendorQuantity == null) {
                    continue; // not a source named, or a hidden or deleted vendor product (content: the run's)
                }
                int quantity = Math.max(0, vendorQuantity - source.stockBuffer()); // as linking's Pricing does
                if (vendorQuantity == 0 && inStockOnly.get(source.sourceId())) {
                    left.add(source.sourceId());
                }
                if (linked.quantity() != quantity) {
                    writes.add(new long[] {linked.id(), quantity});
                }
            }
            if (!writes.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement(SET_QUANTITY)) {
                    LocalDateTime stamp = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
                    for (long[] w : writes) {
                        ps.setInt(1, (int) w[1]);
                        ps.setObject(2, stamp);
                        ps.setObject(3, stamp);
                        ps.setLong(4, w[0]);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            return left;
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "could not bring the stock of vendor " + vendorAccountId + " to its linked products: "
                            + e.getMessage(),
                    e);
        }
    }

    /** SKUs compare without case, as the {@code sku} column's collation does. */
    private static String key(String sku) {
        return sku.toLowerCase(Locale.ROOT);
    }
}
