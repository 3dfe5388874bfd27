package io.gemlink.catalog.control;

import io.gemlink.catalog.api.LinkedProducts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Look-ups of products by SKU for one import batch (the catalog's and the linked products'), in SQL on
 * the transaction's connection. MySQL gets one {@code IN (?, …)} query per batch (one round trip). H2 answers {@code
 * IN} with parameters by scanning every product of the account (its index conditions take literal lists only: 0.3–0.7
 * s a query at 100,000 products), but an indexed equality in-process in microseconds: there, one
 * prepared point query per SKU.
 */
public final class ProductLookups {

    private static final String LINKED = "SELECT link_vendor_sku, id, link_content_hash FROM product"
            + " WHERE account_id = ? AND link_source_id = ? AND link_vendor_sku ";
    private static final String TAKEN = "SELECT sku FROM product WHERE account_id = ? AND sku ";
    private static final String EXISTING =
            "SELECT sku, link_vendor_account_id, quantity FROM product WHERE account_id = ? AND sku ";

    /** No {@code FOR UPDATE}: an order reserving one of these products must not wait for a stock follow-up. */
    private static final String SHOWN = "SELECT sku, quantity, hidden FROM product WHERE account_id = ? AND sku ";

    /** Live linked products only: one a run handled as gone from the feed is the next run's. */
    private static final String LINKED_TO_VENDOR = "SELECT id, link_source_id, link_vendor_sku, quantity FROM product"
            + " WHERE link_vendor_account_id = ? AND link_content_hash IS NOT NULL AND link_vendor_sku ";

    /** Values per {@code IN} query on MySQL. */
    private static final int CHUNK = 1000;

    /** A distributor's live linked product of a vendor's product, and the quantity it shows now. */
    public record LinkedStock(long id, long sourceId, String vendorSku, int quantity) {}

    private final Connection connection;
    private final boolean pointQueries;

    public ProductLookups(Connection connection) throws SQLException {
        this.connection = connection;
        this.pointQueries = connection.getMetaData().getDatabaseProductName().startsWith("H2");
    }

    /** True on H2: look up one key at a time. */
    public boolean pointQueries() {
        return pointQueries;
    }

    /** The source's linked products among these vendor SKUs, by vendor SKU. */
    public Map<String, LinkedProducts.Linked> linked(long accountId, long sourceId, List<String> vendorSkus)
            throws SQLException {
        Map<String, LinkedProducts.Linked> found = new HashMap<>();
        query(
                LINKED,
                vendorSkus,
                ps -> {
                    ps.setLong(1, accountId);
                    ps.setLong(2, sourceId);
                },
                3,
                rs -> found.put(rs.getString(1), new LinkedProducts.Linked(rs.getLong(2), rs.getString(3))));
        return found;
    }

    /** Which of these SKUs the account already has (as any product). */
    public Set<String> taken(long accountId, List<String> skus) throws SQLException {
        Set<String> found = new HashSet<>();
        query(TAKEN, skus, ps -> ps.setLong(1, accountId), 2, rs -> found.add(rs.getString(1)));
        return found;
    }

    /** A product the account has: whether it is linked to a vendor, and the quantity it shows. */
    public record Existing(boolean linked, int quantity) {}

    /** The products the account already has among these SKUs, by lower-case SKU (the collation ignores case). */
    public Map<String, Existing> existing(long accountId, Collection<String> skus) throws SQLException {
        Map<String, Existing> found = new HashMap<>();
        query(
                EXISTING,
                List.copyOf(skus),
                ps -> ps.setLong(1, accountId),
                2,
                rs -> found.put(
                        rs.getString(1).toLowerCase(Locale.ROOT), new Existing(rs.getObject(2) != null, rs.getInt(3))));
        return found;
    }

    /** The quantity each visible product among these SKUs shows (never below 0), by lower-case SKU. */
    public Map<String, Integer> shownQuantities(long accountId, List<String> skus) throws SQLException {
        Map<String, Integer> found = new HashMap<>();
        query(SHOWN, skus, ps -> ps.setLong(1, accountId), 2, rs -> {
            if (!rs.getBoolean(3)) {
                found.put(rs.getString(1).toLowerCase(Locale.ROOT), Math.max(0, rs.getInt(2)));
            }
        });
        return found;
    }

    /** Every distributor's live linked products of these vendor products. */
    public List<LinkedStock> linkedToVendor(long vendorAccountId, List<String> vendorSkus) throws SQLException {
        List<LinkedStock> found = new ArrayList<>();
        query(
                LINKED_TO_VENDOR,
                vendorSkus,
                ps -> ps.setLong(1, vendorAccountId),
                2,
                rs -> found.add(new LinkedStock(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4))));
        return found;
    }

    private void query(String head, List<String> values, Binder fixed, int first, RowReader reader)
            throws SQLException {
        if (values.isEmpty()) {
            return;
        }
        if (pointQueries) {
            try (PreparedStatement ps = connection.prepareStatement(head + "= ?")) {
                fixed.bind(ps);
                for (String value : values) {
                    ps.setString(first, value);
                    read(ps, reader);
                }
            }
        } else {
            for (int from = 0; from < values.size(); from += CHUNK) {
                List<String> chunk = values.subList(from, Math.min(values.size(), from + CHUNK));
                try (PreparedStatement ps = connection.prepareStatement(head + SqlMarks.in(chunk.size()))) {
                    fixed.bind(ps);
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setString(first + i, chunk.get(i));
                    }
                    read(ps, reader);
                }
            }
        }
    }

    private static void read(PreparedStatement ps, RowReader reader) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                reader.row(rs);
            }
        }
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private interface RowReader {
        void row(ResultSet rs) throws SQLException;
    }
}
