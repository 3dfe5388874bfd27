package io.gemlink.catalog.control;

import io.gemlink.catalog.api.LinkedProducts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    /** Which of these SKUs the account already has, lower-case (the column's collation ignores case). */
    public Set<String> existing(long accountId, Collection<String> skus) throws SQLException {
        Set<String> found = new HashSet<>();
        query(
                TAKEN,
                List.copyOf(skus),
                ps -> ps.setLong(1, accountId),
                2,
                rs -> found.add(rs.getString(1).toLowerCase(Locale.ROOT)));
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
            try (PreparedStatement ps = connection.prepareStatement(head + SqlMarks.in(values.size()))) {
                fixed.bind(ps);
                for (int i = 0; i < values.size(); i++) {
                    ps.setString(first + i, values.get(i));
                }
                read(ps, reader);
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
