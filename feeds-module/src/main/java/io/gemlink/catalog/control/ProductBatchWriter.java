package io.gemlink.catalog.control;

import io.gemlink.catalog.api.LinkTarget;
import io.gemlink.catalog.api.LinkedProductData;
import io.gemlink.catalog.api.LinkedProducts;
import io.gemlink.catalog.api.ProductData;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes products in JDBC batches on the transaction's connection, with the statements of
 * {@link ProductColumns}: the catalog import's upsert and the linked products a distributor import
 * creates and updates. One batch per call; on MySQL the data source's {@code rewriteBatchedStatements=true} sends it
 * as multi-row statements. Plain JDBC rather than JPA here: persisting thousands of entities one by one
 * with IDENTITY ids cost two round trips per row ({@code SELECT LAST_INSERT_ID()}) and, on this
 * EclipseLink/Connector/J, kept every insert statement reachable until the heap ran out (measured at
 * ~42,000 rows on 512 MB).
 */
public final class ProductBatchWriter {

    private ProductBatchWriter() {}

    /** Creates or replaces each product (checked and normalized) by SKU. */
    public static void upsert(Connection c, long accountId, List<ProductData> products, Instant now)
            throws SQLException {
        LocalDateTime at = utc(now);
        try (PreparedStatement ps = c.prepareStatement(ProductColumns.UPSERT)) {
            for (ProductData p : products) {
                ProductMapping.Derived d = ProductMapping.derived(p);
                bind(
                        ps,
                        1,
                        accountId,
                        p.sku(),
                        p.title(),
                        p.description(),
                        p.category(),
                        p.brand(),
                        p.metal(),
                        p.purity(),
                        p.metalColor(),
                        p.metalWeightGrams(),
                        d.stonesJson(),
                        d.stoneTypes(),
                        p.totalCaratWeight(),
                        d.imagesJson(),
                        p.barcode(),
                        p.cost(),
                        p.price(),
                        p.currency(),
                        p.quantity(),
                        p.variantGroup(),
                        p.size(),
                        d.tags(),
                        at,
                        at);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * Creates linked products. A SKU the account already has fails the batch (unique key, SQL state 23…):
     * depending on the database, the other rows of the batch may be written or not (the caller looks).
     */
    public static void insertLinked(
            Connection c, LinkTarget target, List<LinkedProducts.NewLinked> products, Instant now) throws SQLException {
        if (products.isEmpty()) {
            return;
        }
        LocalDateTime at = utc(now);
        try (PreparedStatement ps = c.prepareStatement(ProductColumns.INSERT_LINKED)) {
            for (LinkedProducts.NewLinked p : products) {
                LinkedProductData d = p.data();
                int i = bind(
                        ps,
                        1,
                        target.accountId(),
                        p.sku(),
                        d.title(),
                        d.description(),
                        d.category(),
                        d.brand(),
                        d.metal(),
                        d.purity(),
                        d.metalColor(),
                        d.metalWeightGrams(),
                        d.stonesJson(),
                        d.stoneTypes(),
                        d.totalCaratWeight(),
                        d.imagesJson(),
                        d.barcode(),
                        d.cost(),
                        d.price(),
                        d.currency(),
                        d.quantity(),
                        d.variantGroup(),
                        d.size(),
                        d.tags(),
                        at,
                        at);
                bind(
                        ps,
                        i,
                        target.sourceId(),
                        target.vendorAccountId(),
                        target.vendorPublicId(),
                        d.vendorSku(),
                        at,
                        d.hash(),
                        d.vendorPrice());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * Writes changed feed rows into the linked products with these ids (the caller looked them up in its account
     * and source), one JDBC batch, leaving the fields in {@code keep} alone (a product the missing-products rule
     * had handled is shown again); answers how many it found.
     */
    public static int updateLinked(Connection c, Map<Long, LinkedProductData> changed, Set<String> keep, Instant now)
            throws SQLException {
        if (changed.isEmpty()) {
            return 0;
        }
        LocalDateTime at = utc(now);
        List<String> columns = ProductColumns.updatedContent(keep);
        try (PreparedStatement ps = c.prepareStatement(ProductColumns.updateLinked(columns))) {
            for (Map.Entry<Long, LinkedProductData> e : changed.entrySet()) {
                LinkedProductData d = e.getValue();
                int i = 1;
                for (String column : columns) {
                    i = bind(ps, i, content(d, column));
                }
                bind(ps, i, d.vendorPrice(), d.hash(), at, at, e.getKey());
                ps.addBatch();
            }
            int found = 0;
            for (int count : ps.executeBatch()) {
                found += count > 0 || count == Statement.SUCCESS_NO_INFO ? 1 : 0;
            }
            return found;
        }
    }

    /** A feed row's value for a content column of {@link ProductColumns#CONTENT}. */
    private static Object content(LinkedProductData d, String column) {
        return switch (column) {
            case "title" -> d.title();
            case "description" -> d.description();
            case "category" -> d.category();
            case "brand" -> d.brand();
            case "metal" -> d.metal();
            case "purity" -> d.purity();
            case "metal_color" -> d.metalColor();
            case "metal_weight_grams" -> d.metalWeightGrams();
            case "stones_json" -> d.stonesJson();
            case "stone_types" -> d.stoneTypes();
            case "total_carat_weight" -> d.totalCaratWeight();
            case "images_json" -> d.imagesJson();
            case "barcode" -> d.barcode();
            case "cost" -> d.cost();
            case "price" -> d.price();
            case "currency" -> d.currency();
            case "quantity" -> d.quantity();
            case "variant_group" -> d.variantGroup();
            case "size" -> d.size();
            case "tags" -> d.tags();
            default -> throw new IllegalArgumentException("not a content column: " + column);
        };
    }

    /** Re-created SKUs are no longer removed: drop their tombstones. */
    public static void forgetRemovals(Connection c, long accountId, Collection<String> skus) throws SQLException {
        if (skus.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM product_removal WHERE account_id = ? AND sku " + SqlMarks.in(skus.size()))) {
            ps.setLong(1, accountId);
            int i = 2;
            for (String sku : skus) {
                ps.setString(i++, sku);
            }
            ps.executeUpdate();
        }
    }

    /** Stored as UTC {@code DATETIME}, like {@code InstantConverter}. */
    private static LocalDateTime utc(Instant now) {
        return LocalDateTime.ofInstant(now, ZoneOffset.UTC);
    }

    /** Binds {@code values} from parameter {@code first} on, in order; answers the next parameter's index. */
    private static int bind(PreparedStatement ps, int first, Object... values) throws SQLException {
        int i = first;
        for (Object value : values) {
            if (value == null) {
                ps.setNull(i, Types.NULL);
            } else if (value instanceof String s) {
                ps.setString(i, s);
            } else if (value instanceof BigDecimal d) {
                ps.setBigDecimal(i, d);
            } else if (value instanceof Integer n) {
                ps.setInt(i, n);
            } else if (value instanceof Long n) {
                ps.setLong(i, n);
            } else if (value instanceof Boolean b) {
                ps.setBoolean(i, b);
            } else {
                ps.setObject(i, value); // LocalDateTime
            }
            i++;
        }
        return i;
    }
}
