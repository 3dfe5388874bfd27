package io.gemlink.feeds.control;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * One product as a feed reads it from the database (never an entity: a feed streams rows through
 * JDBC). {@code sellable} comes from {@link SellableStock}; {@code inFeed} is false for a changed
 * product that no longer matches the feed (a {@code since} answer marks it removed).
 */
public record ProductRow(long id, String sku, String title, String description, String category, String brand,
                         String metal, String purity, String metalColor, BigDecimal metalWeightGrams, String stonesJson,
                         BigDecimal totalCaratWeight, String imagesJson, String barcode, BigDecimal cost,
                         BigDecimal price, String currency, int sellable, String variantGroup, String size,
                         String tags, Instant updatedAt, boolean inFeed) {

    static final String COLUMNS = "p.id, p.sku, p.title, p.description, p.category, p.brand, p.metal, p.purity, "
            + "p.metal_color, p.metal_weight_grams, p.stones_json, p.total_carat_weight, p.images_json, p.barcode, "
            + "p.cost, p.price, p.currency, " + SellableStock.sql() + " AS sellable, p.variant_group, p.size, p.tags, "
            + "p.updated_at";

    static ProductRow read(ResultSet rs, boolean withInFeed) throws SQLException {
        return new ProductRow(rs.getLong("id"), rs.getString("sku"), rs.getString("title"), rs.getString("description"),
                rs.getString("category"), rs.getString("brand"), rs.getString("metal"), rs.getString("purity"),
                rs.getString("metal_color"), rs.getBigDecimal("metal_weight_grams"), rs.getString("stones_json"),
                rs.getBigDecimal("total_carat_weight"), rs.getString("images_json"), rs.getString("barcode"),
                rs.getBigDecimal("cost"), rs.getBigDecimal("price"), rs.getString("currency"), rs.getInt("sellable"),
                rs.getString("variant_group"), rs.getString("size"), rs.getString("tags"),
                instant(rs, "updated_at"), !withInFeed || rs.getInt("in_feed") == 1);
    }

    /** Dates are stored as UTC {@code DATETIME(6)}; read them without the JVM's time zone getting in. */
    static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
