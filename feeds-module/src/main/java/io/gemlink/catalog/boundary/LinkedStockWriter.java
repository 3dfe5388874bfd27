package io.gemlink.catalog.boundary;

import io.gemlink.catalog.api.LinkedStock;
import io.gemlink.catalog.control.SqlMarks;
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
import java.sql.ResultSet;
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
 * it updates (error 1093), and H2 has no {@code UPDATE … JOIN}. Look-ups by SKU as {@code ProductLookups}
 * does them: one {@code IN} query on MySQL, point queries on H2 (whose {@code IN} with parameters scans).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class LinkedStockWriter implements LinkedStock {

    /**
     * No {@code FOR UPDATE}: an order reserving one of these products (the bench orders 50 products 100 times a
     * second) would wait for this write. Follow-ups of one server run one at a time (linking's
     * {@code StockChangeObserver}), each reading after the change that started it committed, so they write in the
     * order of the vendor's changes.
     */
    static final String VENDOR = "SELECT sku, quantity, hidden FROM product WHERE account_id = ? AND sku ";

    /** Live linked products only: one a run handled as gone from the feed is the next run's. */
    static final String LINKED = "SELECT id, link_source_id, link_vendor_sku, quantity FROM product"
            + " WHERE link_vendor_account_id = ? AND link_content_hash IS NOT NULL AND link_vendor_sku ";

    /** The change stamps as a run's write sets them: the distributor's own feeds and its freshness see it. */
    static final String SET_QUANTITY = "UPDATE product SET quantity = ?, updated_at = ?, link_last_synced_at = ?,"
            + " version = version + 1 WHERE id = ? AND link_content_hash IS NOT NULL";

    /** SKUs per {@code IN} query on MySQL. */
    static final int CHUNK = 500;

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
            boolean pointQueries = c.getMetaData().getDatabaseProductName().startsWith("H2");
            List<String> skus = List.copyOf(vendorSkus);
            // the quantity the feed shows (never below 0), of each visible vendor product
            Map<String, Integer> shown = new HashMap<>();
            query(c, pointQueries, VENDOR, "", vendorAccountId, skus, rs -> {
                if (!rs.getBoolean(3)) {
                    shown.put(key(rs.getString(1)), Math.max(0, rs.getInt(2)));
                }
            });
            Set<Long> left = new HashSet<>();
            List<long[]> writes = new ArrayList<>(); // {id, quantity}
            query(c, pointQueries, LINKED, "", vendorAccountId, skus, rs -> {
                StockSource source = bySource.get(rs.getLong(2));
                Integer vendorQuantity = shown.get(key(rs.getString(3)));
                if (source == null || vendorQuantity == null) {
                    return; // not a source named, or a hidden or deleted vendor product (content: the run's)
                }
                int quantity = Math.max(0, vendorQuantity - source.stockBuffer()); // as linking's Pricing does
                if (vendorQuantity == 0 && inStockOnly.get(source.sourceId())) {
                    left.add(source.sourceId());
                }
                if (rs.getInt(4) != quantity) {
                    writes.add(new long[] {rs.getLong(1), quantity});
                }
            });
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

    private static void query(
            Connection c, boolean pointQueries, String head, String tail, long account, List<String> skus, Row row)
            throws SQLException {
        if (pointQueries) {
            try (PreparedStatement ps = c.prepareStatement(head + "= ?" + tail)) {
                ps.setLong(1, account);
                for (String sku : skus) {
                    ps.setString(2, sku);
                    read(ps, row);
                }
            }
            return;
        }
        for (int from = 0; from < skus.size(); from += CHUNK) {
            List<String> chunk = skus.subList(from, Math.min(skus.size(), from + CHUNK));
            try (PreparedStatement ps = c.prepareStatement(head + SqlMarks.in(chunk.size()) + tail)) {
                ps.setLong(1, account);
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(2 + i, chunk.get(i));
                }
                read(ps, row);
            }
        }
    }

    private static void read(PreparedStatement ps, Row row) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                row.read(rs);
            }
        }
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }
}
