package io.gemlink.feeds.control;

import io.gemlink.catalog.control.ProductColumns;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One product as a feed reads it from the database (never an entity: a feed streams rows through
 * JDBC). {@code sellable} comes from {@link SellableStock}; {@code inFeed} is false for a changed
 * product that no longer matches the feed (a {@code since} answer marks it removed).
 */
public record ProductRow(
        long id,
        String sku,
        String title,
        String description,
        String category,
        String brand,
        String metal,
        String purity,
        String metalColor,
        BigDecimal metalWeightGrams,
        String stonesJson,
        BigDecimal totalCaratWeight,
        String imagesJson,
        String barcode,
        BigDecimal cost,
        BigDecimal price,
        String currency,
        int sellable,
        String variantGroup,
        String size,
        String tags,
        Instant updatedAt,
        boolean inFeed) {

    /**
     * The catalog's column list ({@link ProductColumns#select}): {@code id}, the content columns but
     * {@code stone_types} (the catalog's filter column, which a feed does not show), {@code updated_at},
     * with the stock as the feeds see it ({@link SellableStock}).
     */
    static final String COLUMNS =
            ProductColumns.select("p", Set.of("stone_types"), Map.of("quantity", SellableStock.sql() + " AS sellable"));

    /** The column each optional feed field ({@link FeedFields#OPTIONAL}) is read from. */
    static final Map<String, String> FIELD_COLUMNS = Map.ofEntries(
            Map.entry("title", "title"),
            Map.entry("description", "description"),
            Map.entry("category", "category"),
            Map.entry("brand", "brand"),
            Map.entry("metal", "metal"),
            Map.entry("purity", "purity"),
            Map.entry("metalColor", "metal_color"),
            Map.entry("metalWeightGrams", "metal_weight_grams"),
            Map.entry("stones", "stones_json"),
            Map.entry("totalCaratWeight", "total_carat_weight"),
            Map.entry("images", "images_json"),
            Map.entry("barcode", "barcode"),
            Map.entry("cost", "cost"),
            Map.entry("currency", "currency"),
            Map.entry("variantGroup", "variant_group"),
            Map.entry("size", "size"),
            Map.entry("tags", "tags"));

    /** What every row needs whatever its fields: its key, the price's bases, the stock and the time. */
    private static final Set<String> ALWAYS_READ = Set.of("id", "sku", "cost", "price", "quantity", "updated_at");

    /**
     * {@link #COLUMNS} for a feed of these optional fields: the same positions, but a column no field of the
     * feed shows is selected as {@code NULL} (a 100,000-row feed of 8 fields otherwise reads and decodes a
     * dozen unused columns, a description among them, for every row). With {@code updatedAtAsText},
     * {@code updated_at} comes as the server's text (MySQL/MariaDB: {@code CAST(… AS CHAR)}): Connector/J
     * otherwise decodes the DATETIME and formats it back with {@code String.format} for {@code getString}, a
     * tenth of a feed's time.
     */
    static String columns(List<String> fields, boolean updatedAtAsText) {
        Set<String> shown = new HashSet<>(ALWAYS_READ);
        fields.forEach(f -> shown.add(FIELD_COLUMNS.get(f)));
        Map<String, String> replaced = new HashMap<>();
        replaced.put("quantity", SellableStock.sql() + " AS sellable");
        for (String column : ProductColumns.CONTENT) {
            if (!shown.contains(column)) {
                replaced.put(column, "NULL AS " + column);
            }
        }
        if (updatedAtAsText) {
            replaced.put("updated_at", "CAST(p.updated_at AS CHAR) AS updated_at");
        }
        return ProductColumns.select("p", Set.of("stone_types"), replaced);
    }

    /**
     * One row, its columns by position in {@link #COLUMNS} order (then {@code in_feed}): by name, the
     * driver looks each label up in a map, 22 times a row, which a 100,000-row feed notices.
     */
    static ProductRow read(ResultSet rs, boolean withInFeed) throws SQLException {
        return new ProductRow(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getBigDecimal(10),
                rs.getString(11),
                rs.getBigDecimal(12),
                rs.getString(13),
                rs.getString(14),
                rs.getBigDecimal(15),
                rs.getBigDecimal(16),
                rs.getString(17),
                rs.getInt(18),
                rs.getString(19),
                rs.getString(20),
                rs.getString(21),
                instant(rs.getString(22)),
                !withInFeed || rs.getInt(23) == 1);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return instant(rs.getString(column));
    }

    /**
     * Dates are stored as UTC {@code DATETIME(6)}: read as text ({@code 2026-11-27 04:16:20[.123456]}),
     * so that neither the JVM's time zone gets in nor the application server's JDBC wrapper, which
     * answers {@code getObject(column, LocalDateTime.class)} by reflection, on every call.
     */
    static Instant instant(String stored) {
        if (stored == null) {
            return null;
        }
        if (stored.length() < 19 || stored.charAt(10) != ' ') {
            return LocalDateTime.parse(stored.replace(' ', 'T')).toInstant(ZoneOffset.UTC); // not the usual shape
        }
        // by hand: the formatter's parse costs a sizeable share of a feed row
        int nanos = 0;
        if (stored.length() > 20 && stored.charAt(19) == '.') {
            int digits = Math.min(9, stored.length() - 20);
            nanos = Integer.parseInt(stored, 20, 20 + digits, 10) * (int) Math.pow(10, 9 - digits);
        }
        return LocalDateTime.of(
                        Integer.parseInt(stored, 0, 4, 10),
                        Integer.parseInt(stored, 5, 7, 10),
                        Integer.parseInt(stored, 8, 10, 10),
                        Integer.parseInt(stored, 11, 13, 10),
                        Integer.parseInt(stored, 14, 16, 10),
                        Integer.parseInt(stored, 17, 19, 10),
                        nanos)
                .toInstant(ZoneOffset.UTC);
    }
}
