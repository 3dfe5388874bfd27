package io.gemlink.catalog.control;

import io.gemlink.catalog.api.ProductData;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes a batch of products in one JDBC batch of {@code INSERT ... ON DUPLICATE KEY UPDATE} (one
 * dialect for MariaDB and H2 in MySQL mode). Plain JDBC rather than JPA here: persisting thousands of
 * entities one by one with IDENTITY ids cost a round trip per row and, on this EclipseLink/Connector/J,
 * kept every insert statement reachable until the heap ran out (measured at ~42,000 rows on 512 MB).
 * An update bumps {@code version} (the JPA optimistic lock and the feeds' ETag) and leaves {@code hidden}
 * and the {@code link_*} columns as they were.
 */
public final class ProductBatchWriter {

    private static final String UPSERT = "INSERT INTO product (account_id, sku, title, description, category, brand, metal,"
            + " purity, metal_color, metal_weight_grams, stones_json, stone_types, total_carat_weight, images_json, barcode,"
            + " cost, price, currency, quantity, variant_group, size, tags, hidden, created_at, updated_at, version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, 0)"
            + " ON DUPLICATE KEY UPDATE title = VALUES(title), description = VALUES(description),"
            + " category = VALUES(category), brand = VALUES(brand), metal = VALUES(metal), purity = VALUES(purity),"
            + " metal_color = VALUES(metal_color), metal_weight_grams = VALUES(metal_weight_grams),"
            + " stones_json = VALUES(stones_json), stone_types = VALUES(stone_types),"
            + " total_carat_weight = VALUES(total_carat_weight), images_json = VALUES(images_json),"
            + " barcode = VALUES(barcode), cost = VALUES(cost), price = VALUES(price), currency = VALUES(currency),"
            + " quantity = VALUES(quantity), variant_group = VALUES(variant_group), size = VALUES(size),"
            + " tags = VALUES(tags), updated_at = VALUES(updated_at), version = version + 1";

    private ProductBatchWriter() {
    }

    /** The SKUs among {@code skus} that the account already has, lower-case (the column's collation ignores case). */
    public static Set<String> existing(Connection c, long accountId, Collection<String> skus) throws SQLException {
        Set<String> found = new HashSet<>();
        if (skus.isEmpty()) {
            return found;
        }
        String marks = String.join(", ", skus.stream().map(s -> "?").toList());
        try (PreparedStatement ps = c.prepareStatement("SELECT sku FROM product WHERE account_id = ? AND sku IN (" + marks + ")")) {
            ps.setLong(1, accountId);
            int i = 2;
            for (String sku : skus) {
                ps.setString(i++, sku);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        return found;
    }

    /** Creates or replaces each product (checked and normalized) by SKU. */
    public static void upsert(Connection c, long accountId, List<ProductData> products, Instant now) throws SQLException {
        LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        try (PreparedStatement ps = c.prepareStatement(UPSERT)) {
            for (ProductData p : products) {
                ProductMapping.Derived d = ProductMapping.derived(p);
                int i = 1;
                ps.setLong(i++, accountId);
                ps.setString(i++, p.sku());
                ps.setString(i++, p.title());
                text(ps, i++, p.description());
                text(ps, i++, p.category());
                text(ps, i++, p.brand());
                text(ps, i++, p.metal());
                text(ps, i++, p.purity());
                text(ps, i++, p.metalColor());
                ps.setBigDecimal(i++, p.metalWeightGrams());
                text(ps, i++, d.stonesJson());
                text(ps, i++, d.stoneTypes());
                ps.setBigDecimal(i++, p.totalCaratWeight());
                text(ps, i++, d.imagesJson());
                text(ps, i++, p.barcode());
                ps.setBigDecimal(i++, p.cost());
                ps.setBigDecimal(i++, p.price());
                ps.setString(i++, p.currency());
                ps.setInt(i++, p.quantity());
                text(ps, i++, p.variantGroup());
                text(ps, i++, p.size());
                text(ps, i++, d.tags());
                ps.setObject(i++, at);
                ps.setObject(i, at);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Re-created SKUs are no longer removed: drop their tombstones. */
    public static void forgetRemovals(Connection c, long accountId, Collection<String> skus) throws SQLException {
        if (skus.isEmpty()) {
            return;
        }
        String marks = String.join(", ", skus.stream().map(s -> "?").toList());
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM product_removal WHERE account_id = ? AND sku IN (" + marks + ")")) {
            ps.setLong(1, accountId);
            int i = 2;
            for (String sku : skus) {
                ps.setString(i++, sku);
            }
            ps.executeUpdate();
        }
    }

    private static void text(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }
}
