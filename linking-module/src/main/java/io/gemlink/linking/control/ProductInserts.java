package io.gemlink.linking.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;

/**
 * Creates new linked products with one multi-row {@code INSERT} per batch, on the transaction's own
 * connection. Why not {@code em.persist}: with IDENTITY keys EclipseLink sends every insert alone,
 * followed by {@code SELECT LAST_INSERT_ID()} — two round trips per product, which dominated a
 * 100,000-product first import. The columns are those of {@code product} (V2__catalog.sql).
 */
public final class ProductInserts {

    /** One product to create: its distributor SKU and the feed row. */
    public record NewProduct(String sku, ProductData data) {
    }

    private static final String COLUMNS = "account_id, sku, title, description, category, brand, metal, purity,"
            + " metal_color, metal_weight_grams, stones_json, stone_types, total_carat_weight, images_json, barcode,"
            + " cost, price, currency, quantity, variant_group, size, tags, hidden, created_at, updated_at, version,"
            + " link_source_id, link_vendor_account_id, link_vendor_public_id, link_vendor_sku, link_last_synced_at,"
            + " link_content_hash, link_vendor_price";
    private static final int COUNT = COLUMNS.split(",").length;
    private static final String ROW = "(" + String.join(", ", Collections.nCopies(COUNT, "?")) + ")";

    private ProductInserts() {
    }

    public static void insert(Connection connection, RunPlan plan, List<NewProduct> products, Instant now) throws SQLException {
        if (products.isEmpty()) {
            return;
        }
        String sql = "INSERT INTO product (" + COLUMNS + ") VALUES " + String.join(", ", Collections.nCopies(products.size(), ROW));
        // stored as UTC DATETIME, like InstantConverter
        Timestamp at = Timestamp.valueOf(LocalDateTime.ofInstant(now, ZoneOffset.UTC));
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int i = 0;
            for (NewProduct p : products) {
                ProductData d = p.data();
                Object[] values = {plan.accountId(), p.sku(), d.title(), d.description(), d.category(), d.brand(),
                        d.metal(), d.purity(), d.metalColor(), d.metalWeightGrams(), d.stonesJson(), d.stoneTypes(),
                        d.totalCaratWeight(), d.imagesJson(), d.barcode(), d.cost(), d.price(), d.currency(), d.quantity(),
                        d.variantGroup(), d.size(), d.tags(), false, at, at, 0L, plan.sourceId(), plan.vendorAccountId(),
                        plan.vendorPublicId(), d.vendorSku(), at, d.hash(), d.vendorPrice()};
                for (Object value : values) {
                    insert.setObject(++i, value);
                }
            }
            insert.executeUpdate();
        }
    }
}
